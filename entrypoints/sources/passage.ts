/**
 * Finds a quoted passage in an article so the viewer can highlight it. Quotes in data/ are
 * verbatim except for whitespace (contract), but the search also forgives what a careful human
 * copy can still change: curly versus straight quotes and dashes, letter case, and an ellipsis
 * standing for omitted words. Offsets are into the original text, ready for mark.js markRanges.
 */

export interface Range {
  start: number;
  length: number;
}

/** Characters that are the same for a reader; each folds to exactly one character. */
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
};

interface Folded {
  text: string;
  /** `origin[i]` is the index in the original text of folded character `i`. */
  origin: number[];
}

/** Collapses whitespace runs to one space and folds look-alike characters, keeping a map back. */
function fold({ text, caseless }: { text: string; caseless: boolean }): Folded {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    let folded = FOLD[ch] ?? ch;
    // Lower-casing must not change the length, or the map back to the original would drift.
    if (caseless && folded.toLowerCase().length === 1) folded = folded.toLowerCase();
    out += folded;
    origin.push(i);
  }
  return { text: out, origin };
}

function rangeOf({ folded, start, end }: { folded: Folded; start: number; end: number }): Range {
  const from = folded.origin[start] as number;
  const to = (folded.origin[end - 1] as number) + 1;
  return { start: from, length: to - from };
}

/** Finds `pieces` in order; null unless every one is found. */
function findPieces({ folded, pieces }: { folded: Folded; pieces: string[] }): Range[] | null {
  const ranges: Range[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = folded.text.indexOf(piece, from);
    if (at < 0) return null;
    ranges.push(rangeOf({ folded, start: at, end: at + piece.length }));
    from = at + piece.length;
  }
  return ranges;
}

const ELLIPSIS = /\s*(?:\u2026|\.\s?\.\s?\.|\[\u2026\]|\[\.\.\.\])\s*/;

/**
 * Ranges of `quote` in `text`: one range when found whole, one per piece when the quote uses an
 * ellipsis for omitted words, an empty array when it is not there.
 */
export function findPassage({ text, quote }: { text: string; quote: string }): Range[] {
  for (const caseless of [false, true]) {
    const folded = fold({ text, caseless });
    const needle = fold({ text: quote, caseless }).text.trim();
    if (!needle) return [];
    const whole = findPieces({ folded, pieces: [needle] });
    if (whole) return whole;
    const pieces = needle
      .split(ELLIPSIS)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    if (pieces.length > 1) {
      const found = findPieces({ folded, pieces });
      if (found) return found;
    }
  }
  return [];
}
