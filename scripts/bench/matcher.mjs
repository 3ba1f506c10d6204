// The extension's matcher, loaded from core/ (TypeScript, through jiti), for three uses:
// 1. the floor reference runs the SAME combined regex in the page: the scan regex of the compiled
//    form the content script ships (`entrypoints/highlighter.content/entities.ts`, which the
//    build evaluates the same way), source and flags as they are;
// 2. generated filler is checked to contain no match of that regex;
// 3. the mentions the extension should mark on each page are counted in Node, the way the
//    content script does it: every text node scanned, all of them fed to one page context.
import { join } from 'node:path';
import { createJiti } from 'jiti';

const WORD_CHAR = /[\p{L}\p{N}]/u;

export async function loadMatcher({ root }) {
  const jiti = createJiti(import.meta.url, { alias: { '@': root } });
  const {
    loadMatcher: load,
    createPageContext,
    describeMatcher,
  } = await jiti.import(join(root, 'core', 'matcher.ts'));
  const { ENTITIES: entities, COMPILED_MATCHER: compiled } = await jiti.import(
    join(root, 'entrypoints', 'highlighter.content', 'entities.ts'),
  );
  const matcher = load(compiled);
  const { source, flags } = compiled.scan;
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
    size: describeMatcher(matcher),
  };
}
