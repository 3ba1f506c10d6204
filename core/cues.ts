/**
 * Cue words: what is a page about? Russia (or the USSR), Korea, North Korea itself — or another
 * world a namesake lives in (film, sport, entertainment, South Korean courts, politics and the
 * military). The lists are data (data/lexicon/topic-cues.json, other-domains.json); the page
 * context counts the distinct words it has seen of each (see `verdicts.ts`):
 * - `topic` gate: titles other countries' treaties share count on a page about Russia and Korea;
 * - `affairs` / `dprk` gates: a delegate's full name (or 김정은, Ким Чен Ын) counts on a page about
 *   Russia–North Korea affairs (North Korea, for Kim Jong Un) that shows fewer cues of another
 *   world than of those.
 */

import { type CueSet, readLexicon } from './lexicon';
import { aliasPattern, englishToken, koreanEndAt, scriptOf, splitWords } from './morphology';
import { compileTrie, SPACE, type TriePath } from './pattern';

/** What a cue word shows; every set of other-domains.json is `elsewhere`. */
export type Cue = 'russia' | 'korea' | 'dprk' | 'elsewhere';

/** A letter or digit in any script: a cue word must not start right after one. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where a cue word ends: not inside a word, except that Hangul may follow Hangul. */
const WORD_END = '(?:(?![\\p{L}\\p{N}])|(?<=\\p{Script=Hangul})(?=\\p{Script=Hangul}))';

/** The cue regex as data (built at compile time, see `compile.ts`). */
export interface CompiledCues {
  /**
   * The words without capture groups, to find them: groups cost at every position tried, and
   * this regex runs over every text of a page (as the matcher's scan and identify regexes do).
   */
  scan: string;
  /** The same with an empty group at each word's end, run anchored where `scan` matched. */
  source: string;
  flags: string;
  /** What words show, and what they show only standing alone: each distinct pair once. */
  kinds: { cues: Cue[]; whole: Cue[] }[];
  /** Word i + 1 (its empty group) is of kind `words[i]`. */
  words: number[];
}

/** A cue word found in a text: its number (to count distinct words) and what it shows there. */
export interface CueHit {
  word: number;
  cues: readonly Cue[];
}

function cueSets(): [Cue, CueSet][] {
  const { topicCues, otherDomains } = readLexicon();
  return [
    ['russia', topicCues.russia],
    ['korea', topicCues.korea],
    ['dprk', topicCues.dprk],
    ...Object.values(otherDomains).map((set): [Cue, CueSet] => ['elsewhere', set]),
  ];
}

function cueSource(word: string): string {
  if (scriptOf(word) === 'latin') {
    return splitWords(word)
      .words.map((part, index) => (index === 0 ? '' : `${SPACE}+`) + englishToken(part))
      .join('');
  }
  return aliasPattern({ alias: word, style: 'phrase' }).source;
}

/** Each distinct kind of word once (the content script ships this: some 250 words, 6 kinds). */
function kindsOf(
  entries: readonly { cues: ReadonlySet<Cue>; whole: ReadonlySet<Cue> }[],
): Pick<CompiledCues, 'kinds' | 'words'> {
  const kinds: CompiledCues['kinds'] = [];
  const index = new Map<string, number>();
  const words = entries.map((entry) => {
    const kind = { cues: [...entry.cues].sort(), whole: [...entry.whole].sort() };
    const key = JSON.stringify(kind);
    let at = index.get(key);
    if (at === undefined) {
      at = kinds.push(kind) - 1;
      index.set(key, at);
    }
    return at;
  });
  return { kinds, words };
}

/** One regex for all cue words ("Russia", "북한", "КНДР", "Oscar" …), the word read from its group. */
export function compileCues(): CompiledCues {
  const words = new Map<string, { cues: Set<Cue>; whole: Set<Cue> }>();
  for (const [cue, set] of cueSets()) {
    const whole = new Set(set.whole ?? []);
    for (const term of set.terms) {
      const source = cueSource(term);
      const entry = words.get(source) ?? { cues: new Set(), whole: new Set() };
      (whole.has(term) ? entry.whole : entry.cues).add(cue);
      words.set(source, entry);
    }
  }
  const entries = [...words];
  const paths: TriePath[] = entries.map(([source], id) => ({ source, tail: '', id }));
  const trie = compileTrie({ paths, capture: true });
  return {
    scan: `${compileTrie({ paths, capture: false }).source}${WORD_END}`,
    // No lookbehind for the word start: in front of the regex it is tried at every position of
    // every text and makes the pass some 4x slower; `loadCues` checks the character before a
    // match instead.
    source: `${trie.source}${WORD_END}`,
    flags: 'giu',
    ...kindsOf(trie.order.map((id) => entries[id]?.[1] ?? { cues: new Set(), whole: new Set() })),
  };
}

/** The cue words a text shows, each once, from the compiled cue regex. */
export function loadCues(compiled: CompiledCues): (text: string) => CueHit[] {
  let scan: RegExp | null = null;
  let identify: RegExp | null = null;
  return (text) => {
    const found = new Map<number, Set<Cue>>();
    // Made on first use, as the matcher's regexes are.
    scan ??= new RegExp(compiled.scan, compiled.flags);
    identify ??= new RegExp(compiled.source, compiled.flags.replace('g', 'y'));
    scan.lastIndex = 0;
    for (let match = scan.exec(text); match; match = scan.exec(text)) {
      if (match.index > 0 && WORD_CHAR.test(text[match.index - 1] ?? '')) {
        scan.lastIndex = match.index + 1;
        continue;
      }
      identify.lastIndex = match.index;
      const word = (identify.exec(text)?.indexOf('', 1) ?? 0) - 1;
      const entry = compiled.kinds[compiled.words[word] ?? -1];
      if (!entry) continue;
      // Korean cue words also count as the head of a compound (북러조약, 러시아군): unlike a name,
      // a cue needs no boundary after it — except the `whole` ones (북, 조선: not 북부, 조선업).
      const cues = [...entry.cues];
      if (entry.whole.length > 0 && koreanEndAt({ text, end: match.index + match[0].length })) {
        cues.push(...entry.whole);
      }
      if (cues.length === 0) continue;
      const set = found.get(word) ?? new Set();
      for (const cue of cues) set.add(cue);
      found.set(word, set);
    }
    return [...found].map(([word, cues]) => ({ word, cues: [...cues] }));
  };
}
