/**
 * The first pass's prefilter: a page whose text cannot hold a mention gets no DOM write at all,
 * yet what that text says still decides short forms the page adds later (the page context is
 * fed the skipped text before the first later candidate is decided), open shadow roots — which
 * body.textContent leaves out — are still found and watched, and a mention glued to a
 * neighbouring element's text ("Update 2" + "Putin …") is still found.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { BEHAVIOUR_DIR } from './highlight-support';
import { readMarks, settledMarks } from './marks';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

/** Time for the first pass after load (it takes a few tasks; this is ample on a slow machine). */
const FIRST_PASS_MS = 1_500;

/** Appends a paragraph with `text` to the page's `#later` (as a page's own script would). */
const addParagraph = (page: Page, text: string) =>
  page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.getElementById('later')?.append(p);
  }, text);

test('a page without a mention gets no DOM write; what it says still decides later short forms', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/prefilter.html`);
  await page.waitForTimeout(FIRST_PASS_MS);
  expect(await readMarks({ page })).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __records: number }).__records)).toBe(0);

  // "Strategic Partnership Treaty" is the 2024 treaty only on a page about Russia and Korea: this
  // paragraph names neither, the page's first paragraph (never scanned for mentions) does.
  await addParagraph(page, 'They discussed the Strategic Partnership Treaty.');
  expect(await settledMarks({ page, atLeast: 1 })).toEqual([
    { entity: 'treaty-2024', text: 'Strategic Partnership Treaty' },
  ]);

  // A bare 김 (김 위원장) is Kim Jong Un only if the page names no other Kim: it names 김여정.
  await addParagraph(page, '김정은 국무위원장이 도착했다. 김 위원장은 말했다.');
  expect(await settledMarks({ page, atLeast: 2 })).toEqual([
    { entity: 'treaty-2024', text: 'Strategic Partnership Treaty' },
    { entity: 'kim-jong-un', text: '김정은' },
  ]);

  // The open shadow root (outside body.textContent) was found and is watched.
  await page.evaluate(() => {
    const shadow = document.getElementById('host')?.shadowRoot;
    const p = document.createElement('p');
    p.textContent = 'Vladimir Putin joined later.';
    shadow?.append(p);
  });
  expect(await settledMarks({ page, atLeast: 3 })).toEqual([
    { entity: 'putin', text: 'Vladimir Putin' },
    { entity: 'treaty-2024', text: 'Strategic Partnership Treaty' },
    { entity: 'kim-jong-un', text: '김정은' },
  ]);
  expect(errors).toEqual([]);
  await page.close();
});

test('a bare "Kim" added after "Kim Yo Jong" was on the page stays unmarked', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/prefilter-kim.html`);
  await page.waitForTimeout(FIRST_PASS_MS);
  expect(await readMarks({ page })).toEqual([]);
  await addParagraph(page, 'Kim Jong Un arrived. Kim said the talks went well.');
  expect(await settledMarks({ page, atLeast: 1 })).toEqual([
    { entity: 'kim-jong-un', text: 'Kim Jong Un' },
  ]);
  expect(errors).toEqual([]);
  await page.close();
});

test('mentions glued to the text of neighbouring elements are found', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/prefilter-glued.html`);
  expect(await settledMarks({ page, atLeast: 2 })).toEqual([
    { entity: 'putin', text: 'Putin' },
    { entity: 'kim-jong-un', text: 'Kim Jong Un' },
  ]);
  expect(errors).toEqual([]);
  await page.close();
});
