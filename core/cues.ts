/**
 * Topic cues: does a text show that its page is about Russia (or the USSR) and about Korea? Titles
 * that other countries' treaties share count only on such a page (see the `topic` gate).
 */
import { aliasPattern, englishToken, scriptOf, splitWords } from './morphology';
import { compileTrie, SPACE, type TriePath } from './pattern';
import { TOPIC_CUES } from './references';

export type Cue = keyof typeof TOPIC_CUES;

/** A letter or digit in any script: a cue word must not start right after one. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where a cue word ends: not inside a word, except that Hangul may follow Hangul. */
const WORD_END = '(?:(?![\\p{L}\\p{N}])|(?<=\\p{Script=Hangul})(?=\\p{Script=Hangul}))';

/** The cue regex as data (built at compile time, see `compile.ts`). */
export interface CompiledCues {
  source: string;
  flags: string;
  /** The cues of the word whose empty group is number i + 1. */
  cues: Cue[][];
}

/** One regex for the topic cue words ("Russia", "북한", "КНДР" …), with the cue read from the group. */
export function compileCues(): CompiledCues {
  const words = new Map<string, Set<Cue>>();
  for (const [cue, list] of Object.entries(TOPIC_CUES) as [Cue, readonly string[]][]) {
    for (const word of list) {
      const set = words.get(word) ?? new Set();
      set.add(cue);
      words.set(word, set);
    }
  }
  const entries = [...words];
  const paths: TriePath[] = entries.map(([word], id) => {
    if (scriptOf(word) === 'latin') {
      const source = splitWords(word)
        .words.map((part, index) => (index === 0 ? '' : `${SPACE}+`) + englishToken(part))
        .join('');
      return { source, tail: '', id };
    }
    return { source: aliasPattern({ alias: word, style: 'phrase' }).source, tail: '', id };
  });
  const trie = compileTrie({ paths, capture: true });
  return {
    // No lookbehind for the word start: in front of the regex it is tried at every position of
    // every text (on a page that never shows both cues, that is all its text) and makes the pass
    // some 4x slower; `loadCues` checks the character before a match instead.
    source: `${trie.source}${WORD_END}`,
    flags: 'giu',
    cues: trie.order.map((id) => [...(entries[id]?.[1] ?? [])]),
  };
}

/** The cues a text shows (at most both), from the compiled cue regex. */
export function loadCues(compiled: CompiledCues): (text: string) => Cue[] {
  let regex: RegExp | null = null;
  return (text) => {
    const found = new Set<Cue>();
    // Made on first use, as the matcher's regexes are.
    regex ??= new RegExp(compiled.source, compiled.flags);
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match.index > 0 && WORD_CHAR.test(text[match.index - 1] ?? '')) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      // Korean cue words also count as the head of a compound (북러조약, 러시아군): unlike a name,
      // a cue needs no boundary after it.
      for (const cue of compiled.cues[match.indexOf('', 1) - 1] ?? []) found.add(cue);
      if (found.size === 2) break;
    }
    return [...found];
  };
}
