/**
 * Who is this? The words right beside a delegate's full name (or 김정은, Ким Чен Ын) can say it
 * whatever the page is about: "Roscosmos chief Yuri Borisov", "최선희 외무상", "глава «Роскосмоса»
 * Юрий Борисов" are the delegates; "actor Yuri Borisov", "배우 김정은", "박정훈 대령", "최선희 의원",
 * "нападающий Александр Козлов" are namesakes. The word lists are data (data/lexicon/roles.json).
 *
 * The rule, kept small: the NEAREST role word within `REACH` characters of the name, in the same
 * sentence, decides; a tie goes to the namesake (a wrong highlight costs more than a missed one).
 */

import { readLexicon } from './lexicon';
import { englishToken, scriptOf, splitWords } from './morphology';
import { escapeRegExp } from './pattern';
import type { EntityId } from './schema';

/** How far from the name a role word may stand (characters, either side). */
const REACH = 40;

export type Role = 'own' | 'namesake';

/** The role regexes as data (built at compile time, see `compile.ts`). */
export interface CompiledRoles {
  flags: string;
  own: [EntityId, string][];
  namesake: string;
}

/** A role word: Latin whole words in any case; Cyrillic and Hangul word starts (Роскосмоса, 외무상이). */
function roleSource(word: string): string {
  if (scriptOf(word) === 'latin') {
    const words = splitWords(word).words.map(englishToken).join('[\\s\\u00a0-]+');
    return `${words}(?![\\p{L}\\p{N}])`;
  }
  return escapeRegExp(word)
    .replace(/[её]/gu, '[её]')
    .replace(/[-‐‑–—]/gu, '[-‐‑–—]')
    .replace(/ /g, '[\\s\\u00a0]*');
}

/** The words as one alternative (that each starts a word is checked in code: see loadRoles). */
const alternation = (words: readonly string[]): string => words.map(roleSource).join('|');

/** A letter or digit: a role word must not start right after one. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function compileRoles(): CompiledRoles {
  const { roles } = readLexicon();
  return {
    flags: 'giu',
    own: roles.own.map(({ entity, words }) => [entity, alternation(words)]),
    namesake: alternation(roles.namesake),
  };
}

/** A sentence ends at . ! ? ; or 。 before a space or the end of the window. */
const SENTENCE_END = /[.!?;。](?=\s|$)/gu;
/**
 * Where a list joins two people ("Kim Jong Un and professor Kim", "김정은과 김영호 교수",
 * "Лавров и актёр …"): a role on the far side of it is the other person's.
 */
const JOINER = /\s(?:and|и|및|&)\s|[와과](?:\s|$)/giu;

/**
 * The role beside the name at [start, end) of `text` (`start`: where the name itself starts, after
 * any title), or null when no role word stands near it.
 */
export function loadRoles(
  compiled: CompiledRoles,
): (options: { text: string; start: number; end: number; entity: EntityId }) => Role | null {
  const made = new Map<string, RegExp>();
  const regex = (source: string): RegExp => {
    let found = made.get(source);
    if (!found) {
      found = new RegExp(source, compiled.flags);
      made.set(source, found);
    }
    return found;
  };
  const own = new Map(compiled.own);
  return ({ text, start, end, entity }) => {
    const reach = Math.max(0, start - REACH);
    let from = reach;
    const before = text.slice(reach, start);
    for (const pattern of [SENTENCE_END, JOINER]) {
      for (const found of before.matchAll(pattern)) {
        from = Math.max(from, reach + found.index + found[0].length);
      }
    }
    const after = text.slice(end, end + REACH);
    let to = end + after.length;
    for (const pattern of [SENTENCE_END, JOINER]) {
      pattern.lastIndex = 0;
      const stop = pattern.exec(after);
      if (stop) to = Math.min(to, end + stop.index);
    }
    // The name itself is blanked, so that a role glued to it (김정은국무위원장) starts a word.
    const window = `${text.slice(from, start)}${' '.repeat(end - start)}${text.slice(end, to)}`;
    const nameStart = start - from;
    const nameEnd = end - from;
    const nearest = (source: string | undefined): number => {
      if (!source) return Number.POSITIVE_INFINITY;
      let best = Number.POSITIVE_INFINITY;
      const pattern = regex(source);
      pattern.lastIndex = 0;
      for (const found of window.matchAll(pattern)) {
        const at = found.index;
        // No lookbehind in the regex (it slows every position tried): a word start is checked here.
        if (at > 0 && WORD_CHAR.test(window[at - 1] ?? '')) continue;
        const past = at + found[0].length;
        const gap = past <= nameStart ? nameStart - past : at >= nameEnd ? at - nameEnd : 0;
        best = Math.min(best, gap);
      }
      return best;
    };
    const namesake = nearest(compiled.namesake);
    const mine = nearest(own.get(entity));
    if (namesake === Number.POSITIVE_INFINITY && mine === Number.POSITIVE_INFINITY) return null;
    return namesake <= mine ? 'namesake' : 'own';
  };
}
