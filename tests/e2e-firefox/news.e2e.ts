/**
 * The built Firefox extension on the news fixture pages (English, Korean, Russian, the
 * confusables and the demo article): the highlights must be exactly the hand-written expected
 * lists, read with the same in-page reader as the Chromium suite (tests/e2e/marks.ts).
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { collectMarks, compareMarks, NEWS_PAGES, readExpected } from '../e2e/expected';
import { ROOT } from '../e2e/harness';
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
