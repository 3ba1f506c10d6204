/**
 * Reading the highlighter's marks off a page and comparing them with a hand-written list.
 * Shared by the fixture tests; any e2e test that asserts "these and only these highlights"
 * can reuse it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EntityId } from '../../core/schema';
import { alignMarks, type MarkTuple } from '../../scripts/precision-recall.mjs';
import { type MarkPage, type Settle, settledMarks } from './marks';

export type { MarkTuple };

/** An expected-marks file: `[["<entity id>", "<exact marked text>"], ...]` in document order. */
export const ExpectedMarks = z.array(z.tuple([EntityId, z.string().min(1)]));

/** The news fixture pages (under tests/fixtures) and their expected marks. */
export const NEWS_PAGES = [
  { name: 'en', path: 'news/en.html', expected: 'news/en.expected.json' },
  { name: 'en-brief', path: 'news/en-brief.html', expected: 'news/en-brief.expected.json' },
  { name: 'ko', path: 'news/ko.html', expected: 'news/ko.expected.json' },
  { name: 'ru', path: 'news/ru.html', expected: 'news/ru.expected.json' },
  {
    name: 'confusables',
    path: 'news/confusables.html',
    expected: 'news/confusables.expected.json',
  },
  {
    name: 'confusables-summit',
    path: 'news/confusables-summit.html',
    expected: 'news/confusables-summit.expected.json',
  },
  // Pages about namesakes of our people, and wire items with the real delegates (issue 12).
  ...[
    'namesake-actor-en',
    'namesake-actor-ru',
    'namesake-actress-ko',
    'namesake-colonel-ko',
    'namesake-sport-ru',
    'namesake-sport-en',
    'namesake-lawmaker-ko',
    'wire-en',
    'wire-ko',
    'wire-ru',
  ].map((name) => ({ name, path: `news/${name}.html`, expected: `news/${name}.expected.json` })),
  { name: 'demo', path: 'demo/index.html', expected: 'demo/expected.json' },
];

export function readExpected({ file }: { file: string }): MarkTuple[] {
  return ExpectedMarks.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** How to wait (see Settle); the timeout is 15 s unless given. */
export type CollectOptions = { page: MarkPage } & Pick<
  Settle,
  'quietMs' | 'timeoutMs' | 'atLeast' | 'pollMs'
>;

/**
 * The page's marks as [id, text] once the highlighter has finished: the list (ids, texts and
 * order) must stay the same for `quietMs` (300 ms by default). The order is a depth-first walk
 * of the document in tree order where an element's open shadow root is visited before its
 * light-DOM children and a same-origin iframe's document is visited in place of the iframe.
 * The extension's own UI is in a closed shadow root, which holds no page highlight.
 * Once the timeout passes, a list that settled short of `atLeast` is returned, so the
 * comparison shows what is missing.
 */
export async function collectMarks({
  timeoutMs = 15_000,
  ...wait
}: CollectOptions): Promise<MarkTuple[]> {
  const marks = await settledMarks({
    ...wait,
    timeoutMs,
    shortOk: true,
    frames: true,
  });
  return marks.map(({ entity, text }) => [entity, text]);
}

export interface Comparison {
  equal: boolean;
  matched: number;
  missing: MarkTuple[];
  unexpected: MarkTuple[];
  /** Empty when equal; otherwise the differences in document order with a matched mark of
   * context either side, e.g. `- #12 kim-jong-un "Kim"   (expected, not found)`. */
  diff: string;
}

const show = ([id, text]: MarkTuple) => `${id.padEnd(22)} ${JSON.stringify(text)}`;

/** Compares found marks with expected ones, aligned in document order. */
export function compareMarks({
  actual,
  expected,
}: {
  actual: MarkTuple[];
  expected: MarkTuple[];
}): Comparison {
  const ops = alignMarks({ actual, expected });
  const missing = ops.filter((o) => o.op === 'missing').map((o) => o.mark);
  const unexpected = ops.filter((o) => o.op === 'extra').map((o) => o.mark);
  const matched = ops.length - missing.length - unexpected.length;
  const equal = missing.length === 0 && unexpected.length === 0;
  if (equal) return { equal, matched, missing, unexpected, diff: '' };

  const differs = (i: number) => (ops[i]?.op ?? 'match') !== 'match';
  const near = (i: number) => differs(i) || differs(i - 1) || differs(i + 1);
  const lines = [
    `marks differ: ${expected.length} expected, ${actual.length} found, ${matched} matched, ` +
      `${missing.length} missing, ${unexpected.length} unexpected`,
    '  (#n = position in the expected list for "=" and "-", in the found list for "+")',
  ];
  let skipped = false;
  ops.forEach((o, i) => {
    if (!near(i)) {
      if (!skipped) lines.push('    ⋮');
      skipped = true;
      return;
    }
    skipped = false;
    if (o.op === 'match') lines.push(`  = #${o.expectedIndex} ${show(o.mark)}`);
    else if (o.op === 'missing')
      lines.push(`  - #${o.expectedIndex} ${show(o.mark)}   (expected, not found)`);
    else lines.push(`  + #${o.actualIndex} ${show(o.mark)}   (found, not expected)`);
  });
  return { equal, matched, missing, unexpected, diff: lines.join('\n') };
}
