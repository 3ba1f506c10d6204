/**
 * Disputed statements in Firefox: on the sentence fixture pages in three languages the
 * `treaty-lens-dispute-<id>` highlights are exactly what the detectors find in the page's blocks
 * (read with the Chromium suite's in-page reader), and a click on one opens the dialog named
 * with its question, saying which account the page matches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../e2e/harness';
import { settledMarks } from '../e2e/marks';
import { detectedInHtml, SENTENCES_DIR } from '../e2e/statements-support';
import { highlightPoint } from './card';
import { waitDialog, withFirefox } from './firefox';

const { session, server } = withFirefox({ fixtures: SENTENCES_DIR });

const QUESTIONS: Record<string, string> = Object.fromEntries(
  (
    JSON.parse(readFileSync(join(ROOT, 'data/disputes.json'), 'utf8')) as {
      id: string;
      question: string;
    }[]
  ).map((d) => [d.id, d.question]),
);

test.each(['en', 'ko', 'ru'])(
  '%s: the statements are exactly what the detectors find',
  async (name) => {
    const want = detectedInHtml(name);
    const { page, errors } = await session.newPage();
    await page.goto(`${server.url}/${name}.html`);
    const got = await settledMarks({
      page,
      highlights: 'statements',
      shadowRoots: false,
      atLeast: want.length,
      quietMs: 500,
    });
    expect(got.map(({ entity, text }) => [entity, text])).toEqual(
      want.map(([dispute, phrase]) => [dispute, phrase]),
    );
    expect(errors).toEqual([]);
    await page.close();
  },
);

test('a click on a statement opens its card: the question, and the account the page is like', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/en.html`);
  const { x, y } = await highlightPoint({ page, entity: 'dispute-putin-arrival-time' });
  await page.mouse.click(x, y);
  const question = QUESTIONS['putin-arrival-time'] ?? '?';
  const dialog = await waitDialog({ page, name: question });
  const line = await dialog.evaluate((el) => el.querySelector('.tl-page-line')?.textContent ?? '');
  expect(line).toMatch(/^This page: 2:22 a\.m\. — like /);
  expect(errors).toEqual([]);
  await page.close();
});
