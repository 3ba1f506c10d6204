/**
 * Helpers for the toolbar end-to-end tests (popup, badge, commands, options): finding a page's
 * tab id, opening the popup for a tab, reading the badge and the stored settings, counting the
 * highlights a page shows.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { Settings } from '../../core/settings';
import { type ExtensionSession, ROOT } from './harness';

/** The extension APIs inside `serviceWorker.evaluate` callbacks (they run in the worker). */
declare const chrome: typeof Browser;

export const FIXTURES = join(ROOT, 'tests/fixtures/toolbar');

/**
 * The tab id of a Playwright page. Without the `tabs` permission the extension cannot look tabs
 * up by URL, so the page is brought to the front and the service worker asks for the active tab.
 */
export async function tabIdOf({
  session,
  page,
}: {
  session: ExtensionSession;
  page: Page;
}): Promise<number> {
  await page.bringToFront();
  const id = await session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/**
 * Opens the popup as a page for `tabId` (`popup.html?tab=<id>`; a real toolbar popup cannot be
 * opened headless) and waits until it has asked the tab what it found.
 */
export async function openPopup({
  session,
  tabId,
}: {
  session: ExtensionSession;
  tabId: number;
}): Promise<{ page: Page; errors: string[] }> {
  const popup = await session.newPage();
  await popup.page.setViewportSize({ width: 340, height: 560 });
  await popup.page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.page.locator('.popup-page .note, .popup-page .mention-group').first().waitFor();
  return popup;
}

export function badgeText({
  session,
  tabId,
}: {
  session: ExtensionSession;
  tabId: number;
}): Promise<string> {
  return session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function storedSettings(session: ExtensionSession): Promise<Partial<Settings>> {
  const all = await session.serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  return (all.settings ?? {}) as Partial<Settings>;
}

/** Highlights on a page, by entity id. */
export function markCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const mark of document.querySelectorAll('mark[data-treaty-lens]')) {
      const id = mark.getAttribute('data-treaty-lens') ?? '';
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

export function markTotal(page: Page): Promise<number> {
  return page.locator('mark[data-treaty-lens]').count();
}

/** Polls `read` until it returns `expected` (deep-equal by JSON) or the time runs out. */
export async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    last = await read();
  }
  return last;
}
