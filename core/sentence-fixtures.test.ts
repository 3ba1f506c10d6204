/**
 * The statement detectors on the fixture pages tests/fixtures/sentences/{en,ko,ru}.html against
 * their hand-labelled annotations (tests/fixtures/sentences/README.md): precision and recall per
 * language, printed for the issue note. Precision must be 1 (a wrong "sources differ" is worse
 * than none); misses are listed and allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { alignMarks } from '../scripts/precision-recall.mjs';
import { blocks } from '../tests/fixtures/sentences/blocks';
import { compileDetectors, type DetectorFile, loadDetectors } from './detectors';
import { createMatcher, createPageContext } from './matcher';
import { Entity } from './schema';

const DATA = new URL('../data/', import.meta.url);
const FIXTURES = new URL('../tests/fixtures/sentences/', import.meta.url);
const entities = z
  .array(Entity)
  .parse(JSON.parse(readFileSync(new URL('entities.json', DATA), 'utf8')));
const matcher = createMatcher({ entities });
const files = readdirSync(new URL('detectors/', DATA))
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) => JSON.parse(readFileSync(new URL(`detectors/${name}`, DATA), 'utf8')) as DetectorFile,
  );
/**
 * Two runs: every detector's rules (what tuning works on), and the detectors as shipped
 * (`shipped: false` left out, their statements counted as misses: what a reader gets).
 */
const RUNS = {
  rules: loadDetectors(compileDetectors(files, { includeUnshipped: true })),
  shipped: loadDetectors(compileDetectors(files)),
};

const Expected = z.array(
  z.tuple([z.string().min(1), z.string().min(1), z.union([z.number(), z.string()])]),
);

type Mark = [string, string];
const scores: Record<keyof typeof RUNS, string[]> = { rules: [], shipped: [] };
afterAll(() => {
  for (const run of ['rules', 'shipped'] as const) {
    const title =
      run === 'rules' ? 'every detector, shipped or not' : 'as shipped (shipped: false left out)';
    console.log(
      `\nsentence annotations, ${title} (tp fp fn precision recall)\n${scores[run].join('\n')}`,
    );
  }
});

const PAGES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/u, ''))
  .sort();

// Rows as arrays and `%s`: object rows' `$page` printed 'undefined' for every page.
describe.each(
  PAGES.flatMap((page) =>
    (['rules', 'shipped'] as const).map((run): [string, typeof run] => [page, run]),
  ),
)('sentences/%s.html (%s)', (page, run) => {
  it('annotates every labelled statement it can and nothing else', () => {
    const detectors = RUNS[run];
    const texts = blocks(readFileSync(new URL(`${page}.html`, FIXTURES), 'utf8'));
    const context = createPageContext({ matcher });
    for (const text of texts) context.add({ text, candidates: matcher.scan(text) });
    expect(context.topical()).toBe(true);
    const got: Mark[] = texts.flatMap((text) =>
      detectors
        .detect({ text, topical: context.topical() })
        .map((hit): Mark => [`${hit.disputeId}#${hit.account}`, text.slice(hit.start, hit.end)]),
    );
    const want: Mark[] = Expected.parse(
      JSON.parse(readFileSync(new URL(`${page}.expected.json`, FIXTURES), 'utf8')),
    ).map(([dispute, phrase, account]) => [`${dispute}#${account}`, phrase]);
    const ops = alignMarks({ actual: got, expected: want });
    const count = (op: string) => ops.filter((found) => found.op === op).length;
    const [tp, fp, fn] = [count('match'), count('extra'), count('missing')];
    const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole).toFixed(3);
    const missed = ops
      .filter((op) => op.op === 'missing')
      .map((op) => `${op.mark[0]} ${JSON.stringify(op.mark[1])}`);
    // An extra that is a missing label's phrase cut shorter or longer (same dispute and account,
    // one phrase inside the other) marks the right statement with another extent: counted
    // apart, since the card it opens says nothing wrong.
    const extent = extentOnly(ops);
    scores[run].push(
      `${page.padEnd(5)}  tp ${tp}  fp ${fp}${extent > 0 ? ` (${extent} extent only)` : ''}  fn ${fn}  precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}` +
        (missed.length > 0 ? `\n    missed: ${missed.join('; ')}` : ''),
    );
    const extra = ops
      .filter((op) => op.op === 'extra')
      .map((op) => `${op.mark[0]} ${JSON.stringify(op.mark[1])}`);
    expect(extra).toEqual([]);
  });
});

/** How many extras are a missing label of the same key with a longer or shorter phrase. */
function extentOnly(ops: ReturnType<typeof alignMarks>): number {
  const missing = ops.filter((op) => op.op === 'missing').map((op) => op.mark);
  let count = 0;
  for (const op of ops) {
    if (op.op !== 'extra') continue;
    const [key, text] = op.mark;
    const at = missing.findIndex(([k, t]) => k === key && (t.includes(text) || text.includes(t)));
    if (at < 0) continue;
    missing.splice(at, 1);
    count++;
  }
  return count;
}

describe('a page not about Russia and Korea', () => {
  it('gets no annotation, whatever its sentences say', () => {
    const text = 'Putin landed at 2:22 a.m. after talks that lasted about two hours.';
    const context = createPageContext({ matcher });
    context.add({ text, candidates: matcher.scan(text) });
    expect(context.topical()).toBe(false);
    expect(RUNS.rules.detect({ text, topical: context.topical() })).toEqual([]);
  });
});
