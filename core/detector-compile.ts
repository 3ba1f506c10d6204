/**
 * The detector files' format (data/detectors/<dispute id>.json, checked by core/detector-data.ts)
 * and their compilation to plain data (no RegExp) that the build ships and core/detectors.ts
 * loads. See core/detectors.ts for what a detection needs.
 */
import { prefilterCore } from './prefilter-core';

export const DETECTOR_LANGS = ['en', 'ko', 'ru'] as const;
export type DetectorLang = (typeof DETECTOR_LANGS)[number];

/** A list of alternatives with the reason it exists (what it catches, what it must not). */
export interface PatternList {
  purpose: string;
  patterns: string[];
}

export interface ValueEntry extends PatternList {
  /** The account the value matches: its index in the dispute, or its `id` once accounts have one. */
  account: number | string;
  /**
   * A short literal one of that account's quotes contains ("2:22 a.m."): the validator checks it,
   * so reordered or rewritten accounts in data/disputes.json cannot silently remap a value.
   */
  witness: string;
  /** Cue groups this value needs on top of the language's (e.g. "replace" for "the 1961 treaty"). */
  cues?: PatternList[];
  /** Any match in the sentence and this value does not count there ("below" for "alliance"). */
  vetoes?: PatternList;
  /**
   * This value's own `cues` and `vetoes` are read only up to the end of the value's clause (the
   * first ', and' / ', but' / ';' after it, `CLAUSE_END` in detectors.ts): "North Korea has been
   * sending Russia shells, and Ukrainian officials say …" is the page's own voice.
   */
  clause?: true;
  /**
   * Value specificity: the value almost names its dispute by itself ("one rung below an
   * alliance"), so its own `cues` (required with it) stand in for the language's cue groups; the
   * language's vetoes and occasion still apply.
   */
  standalone?: true;
}

/**
 * Which occasion a sentence is about, for values that other occasions share (a time, a date, a
 * duration, a place; the 1961 alliance; the 2000 treaty's replacing of the 1961 one). With S the
 * sentence and P the sentence just before it in the same text (a block: the paragraph):
 * - a match of `other` in S (another year, another place, another visitor) and nothing counts;
 * - else a match of `this` in S (19 June, Pyongyang, "the summit", "24 years") and values count;
 * - else a match of `other` in P and nothing counts (a timeline's "2019년 4월 25일 — …" entry);
 * - else, where `required`, values count only when P matches `this`; otherwise they count.
 */
export interface Occasion {
  purpose: string;
  /** Markers that place a sentence at the June 2024 summit. */
  this?: PatternList;
  /** true: S or P must match `this` (a duration, a date: values many occasions share). */
  required?: boolean;
  /** Markers that place a sentence on another occasion. */
  other: PatternList;
}

/**
 * The subject a sentence leaves to the one before it ("The two leaders met at Kumsusan. Their
 * one-on-one conversation lasted about two hours"; "Беседа один на один продлилась почти два
 * часа"): a cue group listed here may match in P, the previous sentence of the same block, when
 * it does not match in S — provided neither names another subject (`unless`) and P has no veto.
 * Only with an `occasion`, which still judges S and P as before.
 */
export interface Carry {
  purpose: string;
  /** Indices into `cues` (never the `near` group: a value is placed by a match in S). */
  cues: number[];
  /** Another subject named in S or P (a minister, an envoy): nothing is carried. */
  unless?: PatternList;
}

export interface LanguageRules {
  /** Every group must match somewhere in the sentence (or in P, for a group `carry` lists). */
  cues: PatternList[];
  /** Cue groups the previous sentence of the block may supply: see `Carry`. */
  carry?: Carry;
  /**
   * At most this many characters between a value and a match of the LAST cue group ("arrived",
   * "Ushakov"), for values as common as a date or a title: "Putin, who arrived on June 18" is an
   * arrival date, "Putin arrived early Wednesday and signed the treaty on June 19" has one.
   */
  near?: number;
  /** Any match in the sentence and the language's values do not count there. */
  vetoes?: PatternList;
  /** The sentence (or the one before it) must be about the summit: see `Occasion`. */
  occasion?: Occasion;
  values: ValueEntry[];
}

export interface DetectorFile {
  dispute: string;
  purpose: string;
  /**
   * false: the detector is kept and validated but not compiled (nothing ships, nothing is
   * detected), because its precision on unseen pages is not trusted; `reason` says why.
   */
  shipped?: boolean;
  reason?: string;
  en: LanguageRules;
  ko: LanguageRules;
  ru: LanguageRules;
}

/** Regexes as data: made at build time, turned into RegExp objects on first use. */
export interface CompiledDetectors {
  /**
   * Every value of each detector, one regex per dispute: no match in a text, none of that
   * dispute's rules is compiled or run on it. Not one regex for all: compiling that one cost a
   * browser 40 ms in one task.
   */
  prefilters: { dispute: string; pattern: string }[];
  rules: CompiledRules[];
}

export interface CompiledRules {
  dispute: string;
  lang: DetectorLang;
  cues: string[];
  near: number | null;
  vetoes: string | null;
  /** Absent in data compiled before the occasion rule: no occasion. */
  occasion?: { this: string | null; required: boolean; other: string } | null;
  /** Absent in data compiled before subjects were carried: none. */
  carry?: { cues: number[]; unless: string | null } | null;
  values: {
    account: number | string;
    cues: string[];
    vetoes: string | null;
    pattern: string;
    clause?: true;
    standalone?: true;
  }[];
}

export const DETECTOR_FLAGS = 'iu';
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/** One pattern as the detector runs it (boundaries: see core/detectors.ts' module comment). */
export function patternSource(options: {
  pattern: string;
  lang: DetectorLang;
  role: 'cue' | 'value';
}): string {
  const { pattern, lang, role } = options;
  if (lang === 'ko') return `(?:${pattern})`;
  return `${WORD_START}(?:${pattern})${role === 'value' ? WORD_END : ''}`;
}

/**
 * The alternatives as shipped: without the word-start lookbehind, which `loadDetectors` checks
 * by hand on each match instead — a regex that starts with a lookbehind is tried at every
 * position of every sentence (the same reason core/cues.ts leaves it out).
 */
function alternatives(list: PatternList, lang: DetectorLang, role: 'cue' | 'value'): string {
  return list.patterns
    .map((pattern) => patternSource({ pattern, lang, role }).replace(WORD_START, ''))
    .join('|');
}

/**
 * Detector files → plain data (no RegExp), for the build to ship and `loadDetectors` to run.
 * Files with `shipped: false` are left out, unless `includeUnshipped` (tests that measure the
 * rules themselves).
 */
export function compileDetectors(
  files: readonly DetectorFile[],
  options: { includeUnshipped?: boolean } = {},
): CompiledDetectors {
  const rules: CompiledRules[] = [];
  const prefilters: CompiledDetectors['prefilters'] = [];
  for (const file of files) {
    if (file.shipped === false && options.includeUnshipped !== true) continue;
    const everyValue: string[] = [];
    for (const lang of DETECTOR_LANGS) {
      const language = file[lang];
      const values = language.values.map((value) => {
        const pattern = alternatives(value, lang, 'value');
        for (const raw of value.patterns) everyValue.push(`(?:${prefilterCore(raw)})`);
        return {
          account: value.account,
          cues: (value.cues ?? []).map((cue) => alternatives(cue, lang, 'cue')),
          vetoes: value.vetoes ? alternatives(value.vetoes, lang, 'cue') : null,
          pattern,
          ...(value.clause ? { clause: true as const } : {}),
          ...(value.standalone ? { standalone: true as const } : {}),
        };
      });
      rules.push({
        dispute: file.dispute,
        lang,
        cues: language.cues.map((cue) => alternatives(cue, lang, 'cue')),
        near: language.near ?? null,
        vetoes: language.vetoes ? alternatives(language.vetoes, lang, 'cue') : null,
        occasion: language.occasion
          ? {
              this: language.occasion.this
                ? alternatives(language.occasion.this, lang, 'cue')
                : null,
              required: language.occasion.required === true,
              other: alternatives(language.occasion.other, lang, 'cue'),
            }
          : null,
        carry: language.carry
          ? {
              cues: language.carry.cues,
              unless: language.carry.unless
                ? alternatives(language.carry.unless, lang, 'cue')
                : null,
            }
          : null,
        values,
      });
    }
    prefilters.push({ dispute: file.dispute, pattern: [...new Set(everyValue)].join('|') });
  }
  return { prefilters, rules };
}
