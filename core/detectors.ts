/**
 * Statement detectors: where a page states a point the sources dispute ("Putin landed at
 * 2:22 a.m."), which phrase states it and which account it matches. Pure, no DOM, no zod (the
 * content script will load this); the data is data/detectors/<dispute id>.json, checked by
 * core/detector-data.ts.
 *
 * A detection needs, all at once (precision first: a wrong "sources differ" is worse than none):
 * - a page about Russia and Korea (both topic cues, the `topic` gate of entity matching);
 * - in ONE sentence (core/sentences.ts), for one language of the detector: a match of every cue
 *   group of that language (the subject: "Putin", "his plane"; the event: "arrived", "landed"),
 *   of every cue group of the value entry, and of no veto of the language or the value
 *   ("train", "China", "Xi"; "below" for "alliance") — except that where the language sets
 *   `carry`, the subject may stand in the sentence before, in the same block (`Carry`, in
 *   core/detector-compile.ts with the rest of the files' format);
 * - a match of the value entry's pattern — where the language sets `near`, within that many
 *   characters of a match of its last cue group: that match, and only it, is the stated phrase;
 * - where the language sets an `occasion`, a sentence that places itself at the summit and not on
 *   another occasion (`Occasion`, core/detector-compile.ts): "the last time they met, the talks
 *   lasted two hours" is not this summit's talks, nor is "2019년 4월 — 첫 정상회담. 단독회담은 약
 *   2시간 진행됐다".
 *
 * The phrase rule: the annotation covers the value as the sentence writes it — the time with its
 * "a.m.", the duration with its hedge ("about two hours"), the place's name, the characterising
 * words — never the subject or the verb, which the cues only require to be present. Overlapping
 * matches of one dispute keep the longest (then the first); different disputes may overlap.
 *
 * Patterns are regex sources with flags `iu`. In English and Russian every match must start a
 * word (no letter or digit before it; checked on each match, see `matches`) and a value's must
 * also end one. Korean patterns get neither: particles and compounds glue to the words
 * (도착했다, 금수산궁전에서). A sentence runs only the rules of languages whose script it has.
 */

import {
  type CompiledDetectors,
  type CompiledRules,
  DETECTOR_FLAGS,
  DETECTOR_LANGS,
  type DetectorLang,
} from './detector-compile';
import {
  atThisOccasion,
  clauseOf,
  cuesHold,
  type Finder,
  found,
  type LoadedCarry,
  type LoadedOccasion,
  matches,
} from './detector-context';
import { splitSentences } from './sentences';

export {
  type Carry,
  type CompiledDetectors,
  compileDetectors,
  DETECTOR_FLAGS,
  DETECTOR_LANGS,
  type DetectorFile,
  type DetectorLang,
  type LanguageRules,
  type Occasion,
  type PatternList,
  patternSource,
  type ValueEntry,
} from './detector-compile';

export interface Detection {
  disputeId: string;
  /** As written in the detector: an account index, or an account id. */
  account: number | string;
  /** Offsets of the stated phrase in the text given to `detect`. */
  start: number;
  end: number;
}

export interface Detectors {
  /**
   * One regex test: false when no value of any detector occurs in `text`, so a page (or a
   * block) without one pays nothing more. Cues and the topic gate are not looked at.
   */
  mayContain(text: string): boolean;
  /**
   * The stated phrases in `text` (one block of the page: a paragraph's text), left to right.
   * `topical`: the page shows both topic cues (PageContext's topic gate); without it, nothing.
   */
  detect(options: { text: string; topical: boolean }): Detection[];
  /**
   * Compiles regexes one by one until `deadline` (performance.now()): the prefilters, and with
   * `text` the rules it could fire (those of the languages whose script it has, of the disputes
   * whose prefilter it matches). True once those are all compiled.
   * A regex is compiled on its first runs, and the first `detect` would otherwise compile a
   * hundred of them in one task (60 ms for a sentence's Russian rules); a page in one language
   * never compiles the others'. Optional: `detect` works without it.
   */
  warm(deadline: number, text?: string): boolean;
}

/** Runs that compile a regex: its first (bytecode) and second (machine code, V8's tier-up). */
const WARM_RUNS = 2;
const WARM_SAMPLE = 'Putin Путин 푸틴 2:22';

interface LoadedRules {
  dispute: string;
  lang: DetectorLang;
  cues: Finder[];
  /** The last cue group and the distance a value may stand from it (`near`). */
  near: { cue: Finder; chars: number } | null;
  vetoes: Finder | null;
  occasion: LoadedOccasion | null;
  carry: LoadedCarry | null;
  values: {
    account: number | string;
    cues: Finder[];
    vetoes: Finder | null;
    pattern: Finder;
    clause: boolean;
    standalone: boolean;
  }[];
}

/** Letters of each language's script: rules of a language a sentence has no letter of are skipped. */
const SCRIPT: Record<DetectorLang, RegExp> = {
  en: /[A-Za-z]/u,
  ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u,
};

export function loadDetectors(compiled: CompiledDetectors): Detectors {
  let prefilter: { dispute: string; regex: RegExp }[] | null = null;
  let loaded: LoadedRules[] | null = null;
  // Made on first use: most pages never get past the prefilter.
  const rules = (): LoadedRules[] => {
    loaded ??= compiled.rules.map(loadRules);
    return loaded;
  };
  const prefilters = (): { dispute: string; regex: RegExp }[] => {
    prefilter ??= compiled.prefilters.map(({ dispute, pattern }) => ({
      dispute,
      regex: new RegExp(pattern || '(?!)', DETECTOR_FLAGS),
    }));
    return prefilter;
  };
  const mayContain = (text: string): boolean => prefilters().some(({ regex }) => regex.test(text));
  /** The disputes whose values may occur in `text`: only their rules are compiled and run. */
  const disputesIn = (text: string): Set<string> =>
    new Set(prefilters().flatMap(({ dispute, regex }) => (regex.test(text) ? [dispute] : [])));
  // What is left to compile: the prefilters, then the rules of each language and dispute.
  let coldPrefilters: RegExp[] | null = null;
  const coldRules = new Map<LoadedRules, RegExp[]>();
  const compile = (regex: RegExp): void => {
    for (let run = 0; run < WARM_RUNS; run++) {
      regex.lastIndex = 0;
      regex.test(WARM_SAMPLE);
    }
    regex.lastIndex = 0;
  };
  /** The rules `text` could fire: those of its scripts' languages and its values' disputes. */
  const rulesFor = (text: string): LoadedRules[] => {
    const langs = DETECTOR_LANGS.filter((lang) => SCRIPT[lang].test(text));
    const disputes = disputesIn(text);
    return rules().filter((rule) => langs.includes(rule.lang) && disputes.has(rule.dispute));
  };
  // The rules the text given to `warm` last could fire: a block is warmed over several calls.
  let warming: { text: string; rules: LoadedRules[] } | null = null;
  return {
    mayContain,
    warm(deadline, text) {
      // At least one regex a call, deadline or not: a caller whose own work fills its slices
      // (a 300 KB block read again each slice) still gets there.
      let compiled = false;
      const compileUntil = (cold: RegExp[]): boolean => {
        while (cold.length > 0 && (!compiled || performance.now() < deadline)) {
          compile(cold.pop() as RegExp);
          compiled = true;
        }
        return cold.length === 0;
      };
      coldPrefilters ??= prefilters().map(({ regex }) => regex);
      if (!compileUntil(coldPrefilters)) return false;
      if (text === undefined) return true;
      if (warming?.text !== text) warming = { text, rules: rulesFor(text) };
      for (const rule of warming.rules) {
        let cold = coldRules.get(rule);
        if (!cold) {
          cold = regexesOf(rule);
          coldRules.set(rule, cold);
        }
        if (!compileUntil(cold)) return false;
      }
      return true;
    },
    detect({ text, topical }) {
      if (!topical || !mayContain(text)) return [];
      const hits: Detection[] = [];
      const sentences = splitSentences(text);
      sentences.forEach((sentence, i) => {
        const previous = sentences[i - 1]?.text ?? '';
        for (const rule of rulesFor(sentence.text)) {
          for (const hit of detectIn({ rule, sentence: sentence.text, previous })) {
            hits.push({ ...hit, start: hit.start + sentence.start, end: hit.end + sentence.start });
          }
        }
      });
      return hits.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}

function loadRules(rule: CompiledRules): LoadedRules {
  const finder = (source: string): Finder => ({
    regex: new RegExp(source, `${DETECTOR_FLAGS}g`),
    anywhere: rule.lang === 'ko',
  });
  return {
    dispute: rule.dispute,
    lang: rule.lang,
    cues: rule.cues.map(finder),
    near:
      rule.near === null
        ? null
        : { cue: finder(rule.cues[rule.cues.length - 1] ?? '(?!)'), chars: rule.near },
    vetoes: rule.vetoes === null ? null : finder(rule.vetoes),
    occasion: rule.occasion
      ? {
          this: rule.occasion.this === null ? null : finder(rule.occasion.this),
          required: rule.occasion.required,
          other: finder(rule.occasion.other),
        }
      : null,
    carry: rule.carry
      ? {
          cues: rule.carry.cues,
          unless: rule.carry.unless === null ? null : finder(rule.carry.unless),
        }
      : null,
    values: rule.values.map((value) => ({
      account: value.account,
      cues: value.cues.map(finder),
      vetoes: value.vetoes === null ? null : finder(value.vetoes),
      pattern: finder(value.pattern),
      clause: value.clause === true,
      standalone: value.standalone === true,
    })),
  };
}

/** Every regex of one language's rules of one dispute. */
function regexesOf(rule: LoadedRules): RegExp[] {
  return [
    ...rule.cues,
    ...(rule.vetoes ? [rule.vetoes] : []),
    ...(rule.occasion ? [rule.occasion.other] : []),
    ...(rule.occasion?.this ? [rule.occasion.this] : []),
    ...(rule.carry?.unless ? [rule.carry.unless] : []),
    ...rule.values.flatMap((value) => [
      value.pattern,
      ...value.cues,
      ...(value.vetoes ? [value.vetoes] : []),
    ]),
  ].map((finder) => finder.regex);
}

function detectIn(options: {
  rule: LoadedRules;
  sentence: string;
  /** The sentence before it in the same text ('' for the first). */
  previous: string;
}): Detection[] {
  const { rule, sentence, previous } = options;
  const { cues, vetoes, carry } = rule;
  // A `standalone` value needs only its own cues; the others, the language's cue groups.
  const cued = cuesHold({ cues, vetoes, carry, sentence, previous });
  if (!cued && !rule.values.some((value) => value.standalone)) return [];
  if (rule.vetoes && found(rule.vetoes, sentence)) return [];
  if (rule.occasion && !atThisOccasion({ occasion: rule.occasion, sentence, previous })) return [];
  const anchors: [number, number][] = [];
  if (rule.near) {
    for (const match of matches(rule.near.cue, sentence)) {
      anchors.push([match.index, match.index + match[0].length]);
    }
  }
  const isNear = (start: number, end: number): boolean =>
    rule.near === null ||
    anchors.some(([from, to]) => Math.max(from - end, start - to, 0) <= (rule.near?.chars ?? 0));
  const hits: Detection[] = [];
  const holds = (value: LoadedRules['values'][number], scope: string): boolean =>
    value.cues.every((cue) => found(cue, scope)) && !(value.vetoes && found(value.vetoes, scope));
  for (const value of rule.values) {
    if (!cued && !value.standalone) continue;
    if (!value.clause && !holds(value, sentence)) continue;
    for (const match of matches(value.pattern, sentence)) {
      const end = match.index + match[0].length;
      if (match[0] === '' || !isNear(match.index, end)) continue;
      if (value.clause && !holds(value, clauseOf(rule.lang, sentence, end))) continue;
      hits.push({ disputeId: rule.dispute, account: value.account, start: match.index, end });
    }
  }
  return longestFirst(hits);
}

/** Of overlapping hits (one dispute, one sentence), the longest, then the first, stays. */
function longestFirst(hits: Detection[]): Detection[] {
  const ranked = hits
    .map((hit, order) => ({ hit, order }))
    .sort(
      (a, b) =>
        b.hit.end - b.hit.start - (a.hit.end - a.hit.start) ||
        a.hit.start - b.hit.start ||
        a.order - b.order,
    );
  const kept: Detection[] = [];
  for (const { hit } of ranked) {
    if (kept.every((other) => hit.end <= other.start || hit.start >= other.end)) kept.push(hit);
  }
  return kept;
}
