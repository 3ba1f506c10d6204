/**
 * Where the card goes: fully on screen at 200% zoom (a 1280×900 window is a 640×450 CSS
 * viewport then) and on a phone-narrow viewport, differing accounts side by side when there is
 * room and stacked when there is not, above the highlight when the room is there.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { dialog, FIXTURES, markBox, waitOpen } from './popover-helpers';

const { session, server } = withExtension({ fixtures: FIXTURES });

async function openAt(page: Page, entity: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto(`${server.url}/article.html`);
  const { mark } = await markBox(page, entity);
  await mark.click();
  await waitOpen(page, entity);
  await page.waitForTimeout(100);
  const box = await dialog(page).boundingBox();
  if (!box) throw new Error('no card');
  return box;
}

const onScreen = (
  box: { x: number; y: number; width: number; height: number },
  w: number,
  h: number,
) => box.x >= 0 && box.y >= 0 && box.x + box.width <= w && box.y + box.height <= h;

/** Top offsets of the first dispute's accounts. */
const accountTops = (page: Page) =>
  dialog(page, '.tl-dispute')
    .first()
    .evaluate((dispute) =>
      [...dispute.querySelectorAll('.tl-account')].map((e) =>
        Math.round(e.getBoundingClientRect().top),
      ),
    );

test('200% zoom: on screen, full size text, accounts side by side', async () => {
  const { page } = await session.newPage();
  const box = await openAt(page, 'putin', { width: 640, height: 450 });
  expect(onScreen(box, 640, 450)).toBe(true);
  expect(box.width).toBeGreaterThan(300);
  expect(
    await dialog(page, '.tl-statement')
      .first()
      .evaluate((e) => getComputedStyle(e).fontSize),
  ).toBe('14px');
  const [a, b] = await accountTops(page);
  expect(a).toBe(b);
  // The card scrolls inside itself rather than running off the screen.
  expect(await dialog(page).evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
  await page.close();
});

test('a 320 px wide viewport: the card fits the width and accounts stack', async () => {
  const { page } = await session.newPage();
  const box = await openAt(page, 'putin', { width: 320, height: 640 });
  expect(onScreen(box, 320, 640)).toBe(true);
  expect(box.width).toBeLessThanOrEqual(320 - 16);
  const [a, b] = await accountTops(page);
  expect(b).toBeGreaterThan(a ?? 0);
  await page.close();
});

test('near the bottom of the window the card opens above the highlight', async () => {
  const { page } = await session.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${server.url}/article.html`);
  const { mark } = await markBox(page, 'putin', 2); // the one far down the page
  await mark.evaluate((el) =>
    window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 20),
  );
  await mark.click();
  await waitOpen(page, 'putin');
  await page.waitForTimeout(100);
  const [m, p] = await Promise.all([mark.boundingBox(), dialog(page).boundingBox()]);
  expect((p?.y ?? 0) + (p?.height ?? 0)).toBeLessThanOrEqual((m?.y ?? 0) + 1);
  expect(onScreen(p ?? { x: -1, y: -1, width: 0, height: 0 }, 1000, 700)).toBe(true);
  await page.close();
});
