/**
 * Prints the compiled matcher's size and a rough speed (a sanity number, not a test):
 * `npx jiti scripts/bench-matcher.ts`. Two corpora: the five bundled articles (dense with
 * mentions) and an ordinary English text with none (vite's licence file, ~100 KB), split into
 * lines as a page would present text nodes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createMatcher, describeMatcher } from '../core/matcher';
import { escapeRegExp } from '../core/pattern';
import type { Entity } from '../core/schema';

const entities = JSON.parse(readFileSync('data/entities.json', 'utf8')) as Entity[];
let started = performance.now();
const matcher = createMatcher({ entities });
const built = performance.now() - started;
const info = describeMatcher(matcher);
console.log(
  `built in ${built.toFixed(1)} ms: ${info.aliases} alias patterns, regex ${info.sourceLength} chars`,
);

const aliases = entities.flatMap((entity) => Object.values(entity.aliases).flat());
// What the matcher is compared with: one alternation of the aliases as listed, longest first —
// with ASCII word boundaries (fast, but wrong for Cyrillic and Hangul) and with Unicode ones.
const alternation = aliases
  .map(escapeRegExp)
  .sort((a, b) => b.length - a.length)
  .join('|');
const asciiBaseline = new RegExp(`\\b(?:${alternation})\\b`, 'gi');
const unicodeBaseline = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`,
  'giu',
);

const corpora: Record<string, string[]> = {
  articles: readdirSync('data/sources').flatMap((file) =>
    readFileSync(`data/sources/${file}`, 'utf8').split('\n'),
  ),
};
if (existsSync('node_modules/vite/LICENSE.md')) {
  corpora['plain English'] = readFileSync('node_modules/vite/LICENSE.md', 'utf8').split('\n');
}

for (const [name, nodes] of Object.entries(corpora)) {
  const chars = nodes.reduce((sum, node) => sum + node.length, 0);
  const rounds = Math.ceil(6_000_000 / chars);
  const time = (label: string, run: (node: string) => unknown) => {
    started = performance.now();
    for (let round = 0; round < rounds; round++) for (const node of nodes) run(node);
    const seconds = (performance.now() - started) / 1000;
    console.log(`  ${label.padEnd(28)} ${((chars * rounds) / 1e6 / seconds).toFixed(1)} MB/s`);
  };
  console.log(`${name} (${(chars / 1000).toFixed(0)} KB, ${nodes.length} text nodes):`);
  time('alternation, \\b', (node) => node.match(asciiBaseline));
  time('alternation, Unicode', (node) => node.match(unicodeBaseline));
  time('matcher.mayContain()', (node) => matcher.mayContain(node));
  // The scan cache holds the last few texts only, so cycling through all nodes never hits it.
  time('matcher.scan()', (node) => matcher.scan(node));
}
