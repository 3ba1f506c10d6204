/**
 * The popover by keyboard alone: a focused highlight shows its card, Enter moves focus into it,
 * Tab cycles inside, Esc closes and gives focus back to the highlight; the "next mention"
 * command (sent the way the background sends it) opens the card with focus inside.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { sendToPages, setSettings, withExtension } from './harness';
import {
  DIALOG,
  dialog,
  FIXTURES,
  focused,
  isOpen,
  openEntity,
  uiHosts,
  waitClosed,
  waitMention,
  waitOpen,
} from './popover-helpers';
import { uiLocator } from './ui';

const { session, server } = withExtension({ fixtures: FIXTURES });
let page: Page;
let errors: string[];

beforeAll(async () => {
  await setSettings({ session, patch: { tabOrder: true } });
});
beforeEach(async () => {
  await page?.close();
  ({ page, errors } = await session.newPage());
  await page.goto(`${server.url}/article.html`);
  await waitMention(page, 'putin');
});

async function tabToFirstMark() {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('mention:putin');
}

describe('keyboard', () => {
  test('focus on a highlight shows its card without taking focus; Tab away hides it', async () => {
    await tabToFirstMark();
    await waitOpen(page, 'putin');
    expect(await focused(page)).toBe('mention:putin');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('mention:treaty-2024');
    await waitOpen(page, 'treaty-2024');
    expect(await uiHosts(page)).toBe(1);
  });

  test('Enter moves focus in, Tab cycles inside, Esc closes and returns focus', async () => {
    await tabToFirstMark();
    await page.keyboard.press('Enter');
    await waitOpen(page, 'putin');
    expect(await focused(page)).toBe('dialog');

    const stops = await uiLocator(page, `${DIALOG} button, ${DIALOG} summary`).evaluateAll(
      (els) => els.filter((e) => !e.closest('details:not([open]) > :not(summary)')).length,
    );
    expect(stops).toBeGreaterThan(3);

    const seen: string[] = [];
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    // Every stop is inside the popover, and one more Tab wraps to the first stop.
    expect(seen.every((f) => f.startsWith('popover:'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(seen[0]);
    expect(seen[0]).toBe('popover:button.tl-close');
    // Shift+Tab from the first stop wraps to the last.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(seen[seen.length - 1]);

    await page.keyboard.press('Escape');
    await waitClosed(page);
    expect(await focused(page)).toBe('mention:putin');
    // Handing focus back does not reopen the card.
    await page.waitForTimeout(400);
    expect(await isOpen(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('the close button closes and returns focus to the highlight', async () => {
    await tabToFirstMark();
    await page.keyboard.press('Enter');
    await waitOpen(page, 'putin');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('popover:button.tl-close');
    await page.keyboard.press('Enter');
    await waitClosed(page);
    expect(await focused(page)).toBe('mention:putin');
  });

  test('chips are reachable and the single-source disclosure opens by keyboard', async () => {
    await tabToFirstMark();
    await page.keyboard.press('Enter');
    await waitOpen(page, 'putin');
    const summary = dialog(page, `.tl-single summary`);
    await summary.focus();
    expect(await dialog(page, `.tl-single details`).getAttribute('open')).toBeNull();
    await page.keyboard.press('Enter');
    expect(await dialog(page, `.tl-single details`).getAttribute('open')).toBe('');
  });

  test('the next-mention command opens the card with focus inside; Esc returns to the mark', async () => {
    await setSettings({ session, patch: { tabOrder: false } });
    try {
      await page.reload();
      await waitMention(page, 'putin');
      // As the background does for the keyboard command. Without the tabs permission the worker
      // cannot see URLs, so it tells every tab; tabs without the content script refuse.
      await sendToPages({ session, message: { type: 'next-mention' } });
      await waitOpen(page, 'putin');
      expect(await focused(page)).toBe('dialog');
      await page.keyboard.press('Escape');
      await waitClosed(page);
      expect(await focused(page)).toBe('mention:putin');
      expect(await openEntity(page)).toBeNull();
    } finally {
      await setSettings({ session, patch: { tabOrder: true } });
    }
  });
});
