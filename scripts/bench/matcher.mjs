// The extension's matcher, loaded from core/ (TypeScript, through jiti), for three uses:
// 1. the floor reference runs the SAME combined regex in the page: `describeMatcher` gives only
//    its length today, so it is rebuilt here from core's own pieces (buildTerms + compileTrie +
//    the end condition) and checked against that length; if `describeMatcher` ever returns
//    `source`/`flags`, those are used as they are;
// 2. generated filler is checked to contain no match of that regex;
// 3. the mentions the extension should mark on each page are counted in Node, the way the
//    content script does it: every text node scanned, all of them fed to one page context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';

/**
 * Where an alias may end, copied from core/matcher.ts (`ALIAS_END`, not exported). If it ever
 * changes there, the length check in `loadMatcher` fails and says so.
 */
const ALIAS_END = '(?:(?![\\p{L}\\p{N}])|(?<=\\p{Script=Hangul})(?=\\p{Script=Hangul}))';
const WORD_CHAR = /[\p{L}\p{N}]/u;

export async function loadMatcher({ root }) {
  const jiti = createJiti(import.meta.url);
  const core = (file) => jiti.import(join(root, 'core', file));
  const { createMatcher, createPageContext, describeMatcher } = await core('matcher.ts');
  const { buildTerms } = await core('terms.ts');
  const { compileTrie } = await core('pattern.ts');
  const entities = JSON.parse(readFileSync(join(root, 'data/entities.json'), 'utf8'));

  const matcher = createMatcher({ entities });
  const described = describeMatcher(matcher);
  // Preferred: the matcher says what its regex is. Until it does, rebuild it the same way.
  const rebuilt = () => {
    const { sources } = buildTerms({ entities });
    const trie = compileTrie({
      paths: sources.map((source, id) => ({ source, tail: '', id })),
      capture: false,
    });
    return `${trie.source}${ALIAS_END}`;
  };
  const source = typeof described.source === 'string' ? described.source : rebuilt();
  const flags = typeof described.flags === 'string' ? described.flags : 'giu';
  if (described.sourceLength !== source.length) {
    throw new Error(
      `bench: rebuilt regex (${source.length} chars) differs from the matcher's (${described.sourceLength}); update ALIAS_END in scripts/bench/matcher.mjs`,
    );
  }
  const regex = new RegExp(source, flags);

  /** Matches of the combined regex that start a word (what the floor wraps). */
  const regexMatches = (text) => {
    let count = 0;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1])) {
        regex.lastIndex = m.index + 1;
        continue;
      }
      count++;
    }
    return count;
  };

  /** Mentions the content script would mark in these text nodes (one page). */
  const countMentions = (texts) => {
    const context = createPageContext({ matcher });
    const all = [];
    for (const text of texts) {
      if (!/\S/.test(text)) continue;
      const candidates = matcher.scan(text);
      context.add({ text, candidates });
      for (const candidate of candidates) all.push(candidate);
    }
    return all.filter((candidate) => context.accepts(candidate)).length;
  };

  const aliases = entities.flatMap((entity) => Object.values(entity.aliases).flat());
  return {
    entities,
    source,
    flags,
    aliases,
    isClean: (text) => regexMatches(text) === 0,
    regexMatches,
    countMentions,
    size: described,
  };
}
