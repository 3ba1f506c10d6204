/**
 * Checks on the words around a match, run only when the combined regex has found something (so
 * they cost nothing on text without matches). They need case — "Kim Yo Jong" vs "Kim said" —
 * which the combined regex cannot see: it runs with the `i` flag, and under `iu` even `\p{Lu}`
 * matches lower-case letters.
 */
import { koreanEndAt } from './morphology';
import { escapeRegExp } from './pattern';
import {
  KOREAN_NOT_NAMES,
  NOT_NAME_WORDS,
  OTHER_PARTIES,
  OUR_PARTIES,
  PLACE_WORDS,
} from './references';
import type { KoreanSurname } from './terms';

// A capitalised word, or an initial ("R. Novak"); "Putin. Kim said" is a sentence end, not a name.
const WORD_BEFORE = /(?<![\p{L}\p{N}\-‐‑–—'’.])(\p{Lu}\p{L}*|\p{Lu}\.)[ \u00a0]+$/u;
const FIRST_WORD_AFTER = /[ \u00a0]+(\p{Lu}\p{L}*)/uy;
const NEXT_WORD_AFTER = /(?:([ \u00a0]+)|[-‐‑])(\p{L}+)/uy;

function isUpperCase(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A capitalised word that can be part of a personal name next to the match. */
function isNameWord(options: { word: string; matched: string }): boolean {
  const bare = options.word.replace(/\.$/, '');
  if (NOT_NAME_WORDS.has(bare.toLowerCase())) return false;
  // "MID", "TASS", "UN" next to a mixed-case name are acronyms; in an all-caps text they are words.
  if (bare.length > 1 && isUpperCase(bare) && !isUpperCase(options.matched)) return false;
  return true;
}

export interface OtherPerson {
  /** Where the other person's name (or the place named after them) ends. */
  end: number;
  /** A place named after a person ("Kim Il Sung Square"): not a competing person either. */
  place: boolean;
  /**
   * A name word stands before the match ("Robert Novak", "Sung Kim"): in Western and Russian
   * order the match is then that person's surname. With name words only after it ("Novak
   * Djokovic"), a surname-last name uses the match as a given name.
   */
  before: boolean;
  /** The neighbouring name words, lower-cased (to record namesakes such as "Kim Novak"). */
  words: string[];
}

/**
 * Is the short form at [start, end) part of someone else's name? A capitalised name word right
 * before it ("Sung Kim", "Ilya Kozlov", "Robert Novak") or after it ("Kim Yo Jong", "Kim Jong-il",
 * "Novak Djokovic") makes it another person. Titles, function words, headline verbs and dates are
 * not name words, so "Chairman Kim", "Putin, Kim Sign Treaty" and "On Monday Kim" stay candidates.
 */
export function otherPersonAround(options: {
  text: string;
  start: number;
  end: number;
}): OtherPerson | null {
  const { text, start, end } = options;
  const matched = text.slice(start, end);
  const words: string[] = [];
  const beforeWord = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const before = beforeWord !== undefined && isNameWord({ word: beforeWord, matched });
  if (before) words.push(beforeWord.toLowerCase());

  let cursor = end;
  FIRST_WORD_AFTER.lastIndex = end;
  const first = FIRST_WORD_AFTER.exec(text);
  let place = false;
  if (first?.[1] && isNameWord({ word: first[1], matched })) {
    words.push(first[1].toLowerCase());
    place = PLACE_WORDS.has(first[1].toLowerCase());
    cursor = FIRST_WORD_AFTER.lastIndex;
    for (let count = 0; count < 3 && !place; count++) {
      NEXT_WORD_AFTER.lastIndex = cursor;
      const next = NEXT_WORD_AFTER.exec(text);
      const word = next?.[2];
      if (!next || !word) break;
      // After a space a name word is capitalised; after a hyphen it may not be ("Jong-il").
      const spaced = next[1] !== undefined;
      if (spaced && !/^\p{Lu}/u.test(word)) break;
      if (PLACE_WORDS.has(word.toLowerCase())) place = true;
      else if (!isNameWord({ word, matched })) break;
      words.push(word.toLowerCase());
      cursor = NEXT_WORD_AFTER.lastIndex;
    }
  }
  if (words.length === 0) return null;
  return { end: cursor, place, before, words };
}

const AFTER_LINK =
  /^[\s\u00a0]*,?[\s\u00a0]*(?:signed[\s\u00a0]+)?(?:of|in|from|with|between)[\s\u00a0]+(?:the[\s\u00a0]+)?((?:[^\s\u00a0.;:!?()]+[\s\u00a0]*){1,4})/iu;

/**
 * The words that can qualify a treaty name at [start, end): up to three capitalised words or
 * numbers right before it (nearest first; "the US–ROK Mutual Defense Treaty", "the 2018 …"), and
 * those of a link phrase right after it ("… of 2002", "…, signed in January 2025", "… with
 * China", "… between the United States and …"). Only what stands next to the name counts:
 * "Japan signed the treaty" does not qualify it.
 */
function qualifiers(options: { text: string; start: number; end: number }): string[] {
  const { text, start, end } = options;
  const from = Math.max(0, start - 60);
  const pieces = text.slice(from, start).split(/\s+/u);
  // The last piece is what touches the name (nothing, or a quote); the first may be cut off.
  pieces.pop();
  if (from > 0) pieces.shift();
  const words: string[] = [];
  for (let index = pieces.length - 1; index >= 0 && words.length < 3; index--) {
    const word = pieces[index] ?? '';
    if (/[.;:!?]$/.test(word) && !/^(?:\p{L}\.)+$/u.test(word)) break;
    if (!isQualifierWord(word)) break;
    words.push(word);
    if (/,$/.test(word)) break;
  }
  const after = AFTER_LINK.exec(text.slice(end, end + 80))?.[1] ?? '';
  for (const word of after.split(/[\s\u00a0]+/u)) if (isQualifierWord(word)) words.push(word);
  return words;
}

/** A qualifier without its quotes, brackets, possessive and trailing comma. */
function bare(word: string): string {
  return word.replace(/^["“”‘’'«(]+|["“”‘’'»),]+$/gu, '').replace(/['’]s$/u, '');
}

const YEAR = /^(?:19|20)\d\d$/;

function namesOtherParty(options: { word: string; years: readonly string[] }): boolean {
  return bare(options.word)
    .split(/[-‐‑‒–—/]/u)
    .some((part) => {
      const lower = part.toLowerCase();
      if (OTHER_PARTIES.has(lower)) return true;
      return YEAR.test(lower) && !options.years.includes(lower);
    });
}

/**
 * Is the treaty name at [start, end) qualified as someone else's treaty? Parties other than
 * Russia/USSR and the DPRK, or a year the treaty was not signed in, right before the name ("the
 * US–ROK Mutual Defense Treaty", "the 2018 Pyongyang Declaration", "the Russia–Iran strategic
 * partnership treaty") or right after it ("… of 2002", "… with China", "… between the United
 * States and …") make it another treaty.
 */
export function otherTreatyAround(options: {
  text: string;
  start: number;
  end: number;
  years: readonly string[];
}): boolean {
  return qualifiers(options).some((word) => namesOtherParty({ word, years: options.years }));
}

/** The years that qualify the treaty name at [start, end) ("the 2018 …", "… signed in January 2025"). */
export function treatyYearsAround(options: { text: string; start: number; end: number }): string[] {
  return qualifiers(options)
    .flatMap((word) => bare(word).split(/[-‐‑‒–—/]/u))
    .filter((part) => YEAR.test(part));
}

/**
 * A sentence ends at . ! ? or ; before a space — but not after an abbreviation ("Mr. Kim",
 * "U.S. forces", "Gen. Kim") or an initial ("R. Novak").
 */
const SENTENCE_END_SOURCE =
  '(?<!(?:^|[^\\p{L}])(?:\\p{L}|mr|mrs|ms|dr|st|gov|gen|jr|sr|no|vs|p\\.m|a\\.m|u\\.s|г|т\\.е|др))[.!?;。](?=[\\s\\u00a0])';
const SENTENCE_ENDS = new RegExp(SENTENCE_END_SOURCE, 'giu');
const SENTENCE_END = new RegExp(SENTENCE_END_SOURCE, 'iu');

/** Where the sentence around [start, end) begins and ends (looking at most 300 characters each way). */
function sentenceAround(options: { text: string; start: number; end: number }): [number, number] {
  const { text, start, end } = options;
  const from = Math.max(0, start - 300);
  let begin = from;
  for (const found of text.slice(from, start).matchAll(SENTENCE_ENDS)) {
    begin = from + found.index + found[0].length;
  }
  const rest = text.slice(end, end + 300);
  const next = rest.search(SENTENCE_END);
  return [begin, next < 0 ? end + rest.length : end + next + 1];
}

/** The party words as one regex per side (see `OUR_PARTIES`). */
const PARTY_PATTERNS = Object.fromEntries(
  Object.entries(OUR_PARTIES).map(([side, words]) => {
    const sources = words.map((word) =>
      /\p{Script=Latin}/u.test(word)
        ? `${escapeRegExp(word).replace(/ /g, '[\\s\\u00a0]+')}(?![\\p{L}\\p{N}])`
        : escapeRegExp(word).replace(/ /g, '\\p{L}*[\\s\\u00a0]+').replace(/·/g, '[·ㆍ・]?'),
    );
    return [side, new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'iu')];
  }),
) as Record<keyof typeof OUR_PARTIES, RegExp>;

/**
 * Is the treaty name at [start, end) qualified as ours? One of its years right next to it ("the
 * Moscow Declaration of August 2001", "the 2000 Pyongyang Declaration"), or both parties — Russia
 * or the USSR (Moscow, Putin …) and North Korea (Pyongyang, Kim …) — named in its sentence
 * outside the name itself ("… the Treaty of Friendship … that Kim Il Sung signed with the Soviet
 * Union"). Checked after `otherTreatyAround`: a qualifier naming another party wins.
 */
export function ourTreatyAround(options: {
  text: string;
  start: number;
  end: number;
  years: readonly string[];
}): boolean {
  const { text, start, end, years } = options;
  if (treatyYearsAround(options).some((year) => years.includes(year))) return true;
  const [from, to] = sentenceAround(options);
  // The name's own words ("Pyongyang Declaration", "Soviet–North Korean Treaty") are not qualifiers.
  const sentence = `${text.slice(from, start)} ${text.slice(end, to)}`;
  return PARTY_PATTERNS.russia.test(sentence) && PARTY_PATTERNS.dprk.test(sentence);
}

/** Capitalised, hyphenated ("inter-Korean") or a number: a word that can qualify a treaty name. */
function isQualifierWord(word: string): boolean {
  return /^["“‘'«(]?(?:\p{Lu}|\d)/u.test(word) || /[-‐‑‒–—]/u.test(word);
}

/**
 * The families of Korean namesakes a text names: a surname and two more Hangul syllables, the
 * shape of a Korean name (김여정, 김덕훈, 김영호 — listed or not), other than the entity's own name,
 * words that only look like names (김치를, 김포시) and places (`skip`: 김일성 광장). Hangul has no
 * capitals to tell a name from a word, so the shape is the test; the name must end where a Korean
 * name may (a particle or title may follow): glued into a longer word (김일성광장) it is no one.
 */
export function koreanNamesakes(options: {
  text: string;
  surnames: readonly KoreanSurname[];
  skip: readonly (readonly [number, number])[];
}): string[] {
  const { text, surnames, skip } = options;
  const families: string[] = [];
  for (const { surname, family, own, titles } of surnames) {
    if (!text.includes(surname)) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(\\p{Script=Hangul}{2})`,
      'gu',
    );
    for (const found of text.matchAll(pattern)) {
      const given = found[1] ?? '';
      const at = found.index;
      const end = at + found[0].length;
      if (own.has(given)) continue;
      if (KOREAN_NOT_NAMES.some((word) => (surname + given).startsWith(word))) continue;
      if (titles.some((title) => text.startsWith(title, at + surname.length))) continue;
      if (skip.some(([from, to]) => at >= from && at < to)) continue;
      if (!koreanEndAt({ text, end })) continue;
      families.push(family);
      break;
    }
  }
  return families;
}
