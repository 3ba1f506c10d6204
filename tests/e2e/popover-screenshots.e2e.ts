/**
 * Screenshots for docs/: the popover in light and dark, and the source viewer. (How fast the
 * card opens is the benchmark's: scripts/bench/popover.mjs.)
 * Writes to .tmp/screenshots/ so a test run never rewrites tracked files; run with
 * UPDATE_SCREENSHOTS=1 to refresh the ones in docs/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { ROOT, withExtension } from './harness';
import { dialog, FIXTURES, markBox, waitOpen } from './popover-helpers';

const SHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs' : '.tmp/screenshots');
mkdirSync(SHOTS, { recursive: true });

const { session, server } = withExtension({ fixtures: FIXTURES });

/** The page region holding the first paragraphs and the open card, with a margin. */
async function shotOfCard(page: Page, path: string) {
  const card = await dialog(page).boundingBox();
  const text = await page.locator('h1').boundingBox();
  if (!card || !text) throw new Error('nothing to frame');
  const x = Math.max(0, Math.min(card.x, text.x) - 24);
  const y = Math.max(0, text.y - 24);
  const right = Math.max(card.x + card.width, text.x + text.width) + 24;
  const bottom = card.y + card.height + 24;
  await page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y } });
}

test('popover screenshots, light and dark', async () => {
  const { page, errors } = await session.newPage();
  await page.setViewportSize({ width: 1100, height: 820 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.url}/article.html`);
    const { mark } = await markBox(page, 'treaty-2024');
    await mark.click();
    await waitOpen(page, 'treaty-2024');
    await page.mouse.move(1, 1);
    await page.waitForTimeout(200);
    await shotOfCard(page, join(SHOTS, `popover-${scheme}.png`));
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('viewer screenshot', async () => {
  const { page, errors } = await session.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.emulateMedia({ colorScheme: 'light' });
  const quote =
    'signed a new partnership deal that resurrected a mutual defense commitment in case either country is attacked';
  await page.goto(
    `chrome-extension://${session.extensionId}/sources.html#source=koreaherald&quote=${encodeURIComponent(quote)}`,
  );
  await page.locator('mark.tv-passage').first().waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(SHOTS, 'viewer.png') });
  expect(errors).toEqual([]);
  await page.close();
});
