/**
 * Text → sentences, for the statement detectors: a disputed point counts only where its subject
 * and its value stand in the same sentence ("Putin landed at 2:22 a.m.", not "Putin spoke. The
 * train leaves at 2:22 p.m."). Pure; offsets are into the text given.
 *
 * A sentence ends after `.`, `!`, `?`, `…` or `。` (with any closing quotes or brackets) where
 * whitespace and then the start of a new sentence follow, and at every line break (a paragraph
 * or block boundary). A period does NOT end one after a known abbreviation ("a.m.", "Mr.",
 * "U.S.", "г."), after an initial ("V. Putin", "В. Путин") or before a lower-case letter: those
 * merge two sentences at worst, which can only cost a detection, never add a wrong one from
 * another sentence's subject — except where the merged sentence then holds both, which the
 * detectors' cues are written to tolerate.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Words that end with a period without ending a sentence (compared lower-case, period included).
 * Dotted acronyms ("U.S.", "D.P.R.K.", "a.m.") are recognised by shape instead of listed.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'st.',
  'gen.',
  'lt.',
  'col.',
  'gov.',
  'sen.',
  'rep.',
  'prof.',
  'no.',
  'vs.',
  'etc.',
  'approx.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  // Russian: год/годы, тысяча/миллион/миллиард, улица, имени, так далее, то есть.
  'г.',
  'гг.',
  'тыс.',
  'млн.',
  'млрд.',
  'ул.',
  'им.',
  'т.д.',
  'т.е.',
  'т.п.',
  'др.',
  'см.',
]);

/** A dotted acronym or single initial: "a.m.", "p.m.", "U.S.", "D.P.R.K.", "V.", "В.". */
const DOTTED = /^(?:\p{L}\.)+$/u;

/** The word (letters and dots) that ends right before `end` (the period included). */
function wordBefore(text: string, end: number): string {
  let at = end;
  while (at > 0 && /[\p{L}.]/u.test(text[at - 1] ?? '')) at -= 1;
  return text.slice(at, end);
}

const TERMINAL = /[.!?…。]/u;
const CLOSERS = /["'”’»)\]」』]/u;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINAL.test(char)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.test(text[end] ?? '') || CLOSERS.test(text[end] ?? '')))
      end += 1;
    if (end < text.length && !/\s/u.test(text[end] ?? '')) continue; // "2.5", "Kim.Jong", "U.S."
    let next = end;
    while (next < text.length && /[ \t\u00a0]/u.test(text[next] ?? '')) next += 1;
    const following = text[next] ?? '';
    if (char === '.') {
      const word = wordBefore(text, i + 1).toLowerCase();
      if (ABBREVIATIONS.has(word) || DOTTED.test(word)) {
        i = end - 1;
        continue;
      }
      // "… at the U.N. on Tuesday": lower case after a period continues the sentence.
      if (/\p{Ll}/u.test(following)) {
        i = end - 1;
        continue;
      }
    }
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return sentences;
}
