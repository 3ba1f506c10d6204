/**
 * Prints the compiled matcher's size and a rough speed over the five bundled articles (a sanity
 * number, not a test): `npx jiti scripts/bench-matcher.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createMatcher, describeMatcher } from '../core/matcher';
import type { Entity } from '../core/schema';

const entities = JSON.parse(readFileSync('data/entities.json', 'utf8')) as Entity[];
let started = performance.now();
const matcher = createMatcher({ entities });
const built = performance.now() - started;
const info = describeMatcher(matcher);
console.log(
  `built in ${built.toFixed(1)} ms: ${info.aliases} alias patterns, regex ${info.sourceLength} chars`,
);

const texts = readdirSync('data/sources').map((file) =>
  readFileSync(`data/sources/${file}`, 'utf8'),
);
// Text nodes are paragraphs: split the articles the way a page would present them.
const nodes = texts.flatMap((text) => text.split('\n'));
const chars = nodes.reduce((sum, node) => sum + node.length, 0);
const rounds = 200;
const time = (label: string, run: (node: string, round: number) => unknown) => {
  started = performance.now();
  for (let round = 0; round < rounds; round++) for (const node of nodes) run(node, round);
  const ms = performance.now() - started;
  console.log(`${label}: ${((chars * rounds) / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
};
const plain = new RegExp(
  entities
    .flatMap((entity) => Object.values(entity.aliases).flat())
    .map((a) => a.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'giu',
);
time('baseline: one plain alternation of the base aliases', (node) => node.match(plain));
time('test()', (node) => matcher.test(node));
// Defeat the scan cache: a different string each round.
time('scan()', (node, round) => matcher.scan(round % 2 ? node : `${node} `));
