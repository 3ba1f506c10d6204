import type { DetectorLang } from './detector-compile';

/**
 * What a sentence takes from the sentence before it in the same block (P, the paragraph's
 * previous sentence): the occasion (see `Occasion` in detector-compile.ts) and, where the data allows
 * it, the subject (see `Carry`); and the clause a value's own cues and vetoes are read in
 * (`clauseOf`, for values marked `clause`). Pure; the regexes are made by detectors.ts.
 */

/** A regex (global) whose matches must also start a word, unless `anywhere` (Korean). */
export interface Finder {
  regex: RegExp;
  anywhere: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where a clause ends after a value, for values marked `clause`: a comma before a conjunction
 * that opens a new clause, or a semicolon. Korean joins clauses by endings, not words: only ';'.
 */
const CLAUSE_END: Record<DetectorLang, RegExp> = {
  en: /;|,\s+(?:and|but|while|whereas)\s/giu,
  ko: /;/gu,
  ru: /;|,\s+(?:а|и|но|тогда как)\s/giu,
};

/** `sentence` up to the end of the clause that holds [start, end). */
export function clauseOf(lang: DetectorLang, sentence: string, end: number): string {
  const boundary = CLAUSE_END[lang];
  boundary.lastIndex = end;
  const next = boundary.exec(sentence);
  return next ? sentence.slice(0, next.index) : sentence;
}

/** Each match of `finder` in `text` that starts a word (in order, as `exec` gives them). */
export function* matches(finder: Finder, text: string): Generator<RegExpExecArray> {
  const { regex, anywhere } = finder;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0] === '') regex.lastIndex += 1;
    if (!anywhere && match.index > 0 && WORD_CHAR.test(text[match.index - 1] ?? '')) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    yield match;
  }
}

export function found(finder: Finder, text: string): boolean {
  for (const _ of matches(finder, text)) return true;
  return false;
}

export interface LoadedOccasion {
  this: Finder | null;
  required: boolean;
  other: Finder;
}

/** The occasion rule (see `Occasion`): is `sentence`, read after `previous`, about the summit? */
export function atThisOccasion(options: {
  occasion: LoadedOccasion;
  sentence: string;
  previous: string;
}): boolean {
  const { occasion, sentence, previous } = options;
  if (found(occasion.other, sentence)) return false;
  if (occasion.this && found(occasion.this, sentence)) return true;
  if (previous !== '' && found(occasion.other, previous)) return false;
  if (!occasion.required) return true;
  return occasion.this !== null && previous !== '' && found(occasion.this, previous);
}

export interface LoadedCarry {
  /** Indices of the language's cue groups P may stand in for. */
  cues: readonly number[];
  unless: Finder | null;
}

/**
 * Whether every cue group matches in `sentence`, or — for a group `carry` lists — in `previous`
 * (the subject of "Putin and Kim met at Kumsusan. Their conversation lasted two hours"). A group
 * is carried only when neither sentence names another subject (`carry.unless`: ministers,
 * envoys, other leaders — "Kim received Lavrov. Talks were held at Kumsusan") and `previous` has
 * none of the language's vetoes (its subject is not Xi, its event not a ceremony). The occasion
 * rule is applied apart, to the same two sentences.
 */
export function cuesHold(options: {
  cues: readonly Finder[];
  vetoes: Finder | null;
  carry: LoadedCarry | null;
  sentence: string;
  previous: string;
}): boolean {
  const { cues, vetoes, carry, sentence, previous } = options;
  let carried: boolean | null = null;
  const mayCarry = (): boolean => {
    carried ??=
      carry !== null &&
      previous !== '' &&
      !(vetoes && found(vetoes, previous)) &&
      !(carry.unless && (found(carry.unless, sentence) || found(carry.unless, previous)));
    return carried;
  };
  return cues.every(
    (cue, i) =>
      found(cue, sentence) ||
      (carry?.cues.includes(i) === true && mayCarry() && found(cue, previous)),
  );
}
