/**
 * Issue 14, item 3: the source viewer cannot be spammed. With the card open on
 * tests/fixtures/hostile/viewer-spam.html, the page's script clicks every outlet button it can
 * reach for two seconds: no viewer opens. Then the reader clicks outlet after outlet, quickly:
 * one viewer window, reused, showing the last one clicked.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { withExtension } from '../harness';
import { dialog, markBox, waitOpen } from '../popover-helpers';
import { openPageUrls } from '../toolbar-helpers';
import { exposeUi } from '../ui';
import { HOSTILE_FIXTURES, poll } from './hostile-helpers';

declare const chrome: typeof Browser;

const { session, server } = withExtension({ fixtures: HOSTILE_FIXTURES });

const viewerUrls = async () =>
  (await openPageUrls(session)).filter((url) => new URL(url).pathname === '/sources.html');
const popupWindows = () =>
  session.serviceWorker.evaluate(
    async () => (await chrome.windows.getAll()).filter((w) => w.type === 'popup').length,
  );

async function openCard(page: Page) {
  await page.goto(`${server.url}/viewer-spam.html`);
  const { mark } = await markBox(page, 'putin');
  await mark.click();
  await waitOpen(page, 'putin');
}

test('the page’s scripted clicks on the outlet buttons open nothing', async () => {
  const { page, errors } = await session.newPage();
  await openCard(page);
  // The card is in a closed root the page cannot reach; the test hands it over, so the page's
  // clicks do land on the outlet buttons and only their being scripted stops them.
  expect(await exposeUi(page)).toBe(1);
  const clicks = await page.evaluate(() =>
    (window as unknown as { __hostile: { spam(ms: number): Promise<number> } }).__hostile.spam(
      2_000,
    ),
  );
  // Give any request the clicks made time to arrive (a burst's last one waits 500 ms).
  await page.waitForTimeout(1_000);
  const opened = (await viewerUrls()).length;
  console.info(`[hostile/viewer-spam] scripted clicks: ${clicks}, viewers opened: ${opened}`);
  expect(clicks).toBeGreaterThan(0);
  expect(opened).toBe(0);
  expect(await popupWindows()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('the reader’s burst of clicks: one viewer window, reused, at the last outlet clicked', async () => {
  const { page, errors } = await session.newPage();
  await openCard(page);
  const chips = dialog(page, '.tl-chip');
  const count = await chips.count();
  expect(count).toBeGreaterThanOrEqual(4);
  const order = [...Array(Math.min(count, 8)).keys()];
  // Chips whose source differs from the one before, so the last click is recognisable.
  let last = '';
  for (const i of order) {
    const chip = chips.nth(i);
    await chip.click();
    last = (await chip.getAttribute('data-source')) ?? '';
  }
  const settled = await poll(
    viewerUrls,
    (urls) => urls.length === 1 && urls[0]?.includes(`source=${last}&`) === true,
  );
  console.info(
    `[hostile/viewer-spam] reader clicks: ${order.length}, viewers open: ${settled.length}, popup windows: ${await popupWindows()}`,
  );
  expect(settled).toHaveLength(1);
  expect(settled[0]).toContain(`#source=${last}&quote=`);
  expect(await popupWindows()).toBe(1);

  // Later clicks go to the same window, which comes back to show them.
  const first = chips.first();
  await first.click();
  const source = await first.getAttribute('data-source');
  const again = await poll(viewerUrls, (urls) => urls[0]?.includes(`source=${source}&`) === true);
  expect(again).toHaveLength(1);
  expect(await popupWindows()).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});
