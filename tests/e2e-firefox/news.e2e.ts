/**
 * The built Firefox extension on the news fixture pages (English, Korean, Russian, the
 * confusables and the demo article): the highlights must be exactly the hand-written expected
 * lists, read with the same in-page reader as the Chromium suite (tests/e2e/marks.ts). Also
 * shadow roots and frames (tests/fixtures/behaviour/shadow-iframe.html).
 */
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { collectMarks, compareMarks, NEWS_PAGES, readExpected } from '../e2e/expected';
import { ROOT } from '../e2e/harness';
import { BEHAVIOUR_DIR, expectedMarks } from '../e2e/highlight-support';
import { type MarkInfo, settledMarks } from '../e2e/marks';
import { withFirefox } from './firefox';

const FIXTURES = join(ROOT, 'tests/fixtures');
const { session, server } = withFirefox({ fixtures: FIXTURES });

test.each(NEWS_PAGES)('$name: highlights are exactly the expected list', async (fixture) => {
  const expected = readExpected({ file: join(FIXTURES, fixture.expected) });
  const { page, errors } = await session.newPage();
  try {
    await page.goto(`${server.url}/${fixture.path}`);
    const actual = await collectMarks({ page, atLeast: 1 });
    const { equal, diff } = compareMarks({ actual, expected });
    expect.soft(equal, `${fixture.name}: ${diff}`).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test('open shadow roots and same-origin frames are highlighted', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/${relative(FIXTURES, BEHAVIOUR_DIR)}/shadow-iframe.html`);
  const expected = expectedMarks<Record<string, MarkInfo[]>>('shadow-iframe');
  // All three marks, including the one added to the shadow root after 600 ms.
  expect(await settledMarks({ page, atLeast: 3 })).toEqual(expected.document);
  for (const id of ['served', 'srcdoc', 'blank']) {
    const frame = await (await page.$(`iframe#${id}`))?.contentFrame();
    if (!frame) throw new Error(`no frame #${id}`);
    expect(await settledMarks({ page: frame, atLeast: 1 }), id).toEqual(expected[`frame#${id}`]);
  }
  expect(errors).toEqual([]);
  await page.close();
});
