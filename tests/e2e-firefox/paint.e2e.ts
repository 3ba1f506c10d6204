/**
 * The highlights are drawn in Firefox too: a mention's box on a screenshot is coloured by the
 * highlight style (Firefox does not inherit highlight styles, so the document gets
 * `::highlight()` rules, not `:root::highlight()` ones: styles.ts).
 */
import { expect, test } from 'vitest';
import { BEHAVIOUR_DIR, expectedMarks } from '../e2e/highlight-support';
import { settledMarks } from '../e2e/marks';
import { paintedShare } from '../e2e/paint';
import { withFirefox } from './firefox';

const { session, server } = withFirefox({ fixtures: BEHAVIOUR_DIR });

test('a highlighted mention is painted with the highlight style', async () => {
  const { page, errors } = await session.newPage();
  try {
    await page.goto(`${server.url}/paint.html`);
    expect(await settledMarks({ page, atLeast: 1 })).toEqual(expectedMarks('paint'));
    expect(await paintedShare(page)).toBeGreaterThan(0.3);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});
