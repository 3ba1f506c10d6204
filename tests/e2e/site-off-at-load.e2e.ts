/**
 * A site turned off before its page loads never shows a highlight, not even for a moment while
 * the settings are on their way (the loader reads them at the page's first anchor word and
 * starts the highlighter only once they are known). Watched by a MutationObserver an init script
 * starts before the page's first byte, for the whole load. Turning the site back on from the
 * popup then highlights the open page without a reload.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { resetSettings, sendToPages, setSettings, withExtension } from './harness';
import { readMarks } from './marks';
import { FIXTURES, openPopup, settledCounts, tabIdOf } from './toolbar-helpers';

const { session, server } = withExtension({ fixtures: FIXTURES });

/**
 * The most extension highlights (ranges of `treaty-lens-*` highlights) the page ever showed,
 * from the moment the document exists: `window.__marksAdded`. Highlights add no node, so the
 * page looks at CSS.highlights every animation frame, the moment a highlight can first show.
 */
const WATCH_MARKS = `(() => {
  window.__marksAdded = 0;
  const look = () => {
    let count = 0;
    for (const [name, highlight] of CSS.highlights) {
      // Entity mentions, as the badge counts them (disputed statements are not mentions).
      if (!name.startsWith('treaty-lens-') || name.startsWith('treaty-lens-dispute-')) continue;
      for (const range of highlight) if (!range.collapsed && range.startContainer.isConnected) count++;
    }
    window.__marksAdded = Math.max(window.__marksAdded, count);
    requestAnimationFrame(look);
  };
  look();
})();`;

const marksAdded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __marksAdded: number }).__marksAdded);

beforeEach(() => resetSettings(session));

test('a site off in storage before the load: no mark ever appears; the popup turns it on', async () => {
  await setSettings({ session, patch: { disabledSites: ['127.0.0.1'] } });
  const { page, errors } = await session.newPage();
  await page.addInitScript({ content: WATCH_MARKS });
  await page.goto(`${server.url}/article.html`);

  // The highlighter has run (it answers) and stays off: nothing was ever added.
  await expect
    .poll(() => sendToPages({ session, message: { type: 'summary' } }), { timeout: 5_000 })
    .toMatchObject({ active: false, host: '127.0.0.1', total: 0 });
  await page.waitForTimeout(1_000);
  expect(await marksAdded(page)).toBe(0);
  expect(await readMarks({ page })).toEqual([]);

  const tabId = await tabIdOf({ session, page });
  const { page: popup, errors: popupErrors } = await openPopup({ session, tabId });
  const site = popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
  await expect(site.getAttribute('aria-checked')).resolves.toBe('false');
  await site.click();
  // The same observer sees the marks arrive: it could have seen any earlier one.
  const counts = await settledCounts(page);
  expect(Object.keys(counts)).toEqual(expect.arrayContaining(['putin', 'kim-jong-un', 'lavrov']));
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  expect(await marksAdded(page)).toBe(total);

  expect(errors).toEqual([]);
  expect(popupErrors).toEqual([]);
  await popup.close();
  await page.close();
});

test('the same page with the site on is highlighted from the load (the observer sees it)', async () => {
  const { page, errors } = await session.newPage();
  await page.addInitScript({ content: WATCH_MARKS });
  await page.goto(`${server.url}/article.html`);
  const counts = await settledCounts(page);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  expect(total).toBeGreaterThan(0);
  expect(await marksAdded(page)).toBe(total);
  expect(errors).toEqual([]);
  await page.close();
});
