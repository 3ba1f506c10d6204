/**
 * The highlights are drawn, not only registered: a mention's box on a screenshot is coloured by
 * the highlight style (the stylesheet is `:root::highlight()` rules where the browser inherits
 * highlight styles, as Chromium does, and `::highlight()` rules otherwise: styles.ts).
 */
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { settledMarks } from './marks';
import { paintedShare } from './paint';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

test('a highlighted mention is painted with the highlight style', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/paint.html`);
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(expectedMarks('paint'));
  expect(await paintedShare(page)).toBeGreaterThan(0.3);
  expect(errors).toEqual([]);
  await page.close();
});
