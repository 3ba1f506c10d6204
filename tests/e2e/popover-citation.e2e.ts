/**
 * From a citation to its passage: clicking an outlet chip in the popover opens the source viewer
 * (a new window, via the background) at that source with the quoted passage highlighted and on
 * screen.
 */
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { dialog, FIXTURES, markBox, waitOpen } from './popover-helpers';

const { session, server } = withExtension({ fixtures: FIXTURES });

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

test.each([
  ['putin', '.tl-corroborated', 'koreaherald'],
  ['lavrov', '.tl-corroborated', 'epochtimes'],
])('%s: a chip opens sources.html at its passage', async (entity, section, source) => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/article.html`);
  const { mark } = await markBox(page, entity);
  await mark.click();
  await waitOpen(page, entity);

  const chip = dialog(page, `${section} .tl-chip[data-source="${source}"]`).first();
  const label = await chip.getAttribute('aria-label');
  const [viewer] = await Promise.all([session.context.waitForEvent('page'), chip.click()]);
  await viewer.waitForLoadState('domcontentloaded');

  const url = new URL(viewer.url());
  expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(
    `chrome-extension://${session.extensionId}/sources.html`,
  );
  const params = new Map(
    url.hash
      .slice(1)
      .split('&')
      .map((kv) => kv.split('=') as [string, string]),
  );
  expect(params.get('source')).toBe(source);
  const quote = decodeURIComponent(params.get('quote') ?? '');
  expect(quote.length).toBeGreaterThan(5);

  const passage = viewer.locator('mark.tv-passage');
  await passage.first().waitFor();
  const marked = await passage.evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''));
  // The highlighted text is the quote (whitespace aside), unless the quote elides with "…".
  if (!/…|\.\.\./.test(quote)) expect(collapse(marked)).toBe(collapse(quote));
  await expect
    .poll(() =>
      passage.first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    )
    .toBe(true);
  expect(await viewer.locator('.tv-outlet').first().textContent()).toContain(
    label?.split(/[(:]/)[0]?.trim() ?? '',
  );
  expect(errors).toEqual([]);
  await viewer.close();
  await page.close();
});
