/**
 * Helpers for the toolbar end-to-end tests (popup, badge, commands, options): finding a page's
 * tab id, opening the popup for a tab, reading the badge, firing commands, counting the
 * highlights a page shows. (Settings and the browser itself: harness.ts.)
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { type ExtensionSession, ROOT } from './harness';
import { type MarkInfo, readMarks, settledMarks } from './marks';

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

/** Highlights on a page, by entity id. */
export async function markCounts(page: Page): Promise<Record<string, number>> {
  return countByEntity(await readMarks({ page }));
}

export async function markTotal(page: Page): Promise<number> {
  return (await readMarks({ page })).length;
}

function countByEntity(marks: MarkInfo[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { entity } of marks) counts[entity] = (counts[entity] ?? 0) + 1;
  return counts;
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

/**
 * Fires a keyboard command as the browser would after the shortcut is pressed: through
 * `commands.onCommand`, so the background's real listener runs. Headless Chromium cannot press
 * browser-level shortcuts, so the key binding itself is checked separately (commands.getAll).
 */
export async function dispatchCommand({
  session,
  command,
  tabId,
}: {
  session: ExtensionSession;
  command: string;
  tabId?: number;
}): Promise<void> {
  await session.serviceWorker.evaluate(
    ({ command, tabId }) => {
      const event = chrome.commands.onCommand as unknown as {
        dispatch(command: string, tab?: { id: number }): void;
      };
      event.dispatch(command, tabId === undefined ? undefined : { id: tabId });
    },
    { command, tabId },
  );
}

/** The page's text, to prove highlighting on and off leaves it as it was. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

/** The page's highlights by entity, once there are some and they have stopped changing. */
export async function settledCounts(page: Page): Promise<Record<string, number>> {
  return countByEntity(await settledMarks({ page, atLeast: 1 }));
}

/**
 * URLs of every page the browser has open, seen through the automation API (Playwright's
 * context), not through `tabs.query`: an extension without the `tabs` permission is given no
 * tab URLs at all in some Chromium versions (150), its own pages' included.
 */
export function openPageUrls(session: ExtensionSession): Promise<string[]> {
  return Promise.resolve(session.context.pages().map((page) => page.url()));
}
