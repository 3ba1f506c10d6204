/**
 * Keyboard commands and the background's message handling, in the real service worker.
 *
 * What is and is not covered: headless Chromium cannot press browser-level shortcuts, so the
 * tests fire `commands.onCommand` with its `dispatch` (the background's real listener runs, with
 * the tab the browser would pass) and check separately that the manifest's suggested keys were
 * actually assigned. The key press → command step itself is the browser's and is not exercised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { ROOT, resetSettings, storedSettings, withExtension } from './harness';
import { readMarks } from './marks';
import { targetOn } from './popover-helpers';
import {
  dispatchCommand,
  FIXTURES,
  markTotal,
  openPageUrls,
  pageText,
  settledCounts,
  tabIdOf,
  until,
} from './toolbar-helpers';

declare const chrome: typeof import('wxt/browser').Browser;

const { session, server } = withExtension({ fixtures: FIXTURES });
let article: Page;
let tabId: number;

beforeAll(async () => {
  ({ page: article } = await session.newPage());
  await article.goto(`${server.url}/article.html`);
  tabId = await tabIdOf({ session, page: article });
});

beforeEach(async () => {
  await resetSettings(session);
  await settledCounts(article);
});

test('both commands are registered with the suggested keys Chrome assigned', async () => {
  const commands = await session.serviceWorker.evaluate(() => chrome.commands.getAll());
  const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  expect(keys['toggle-site']).toBe('Alt+Shift+L');
  expect(keys['next-mention']).toBe('Alt+Shift+M');
});

test('toggle-site turns highlighting off for the tab’s site and back on, without a reload', async () => {
  const total = await markTotal(article);
  const text = await pageText(article);
  await dispatchCommand({ session, command: 'toggle-site', tabId });
  expect(await until(() => markTotal(article), 0)).toBe(0);
  expect((await storedSettings(session)).disabledSites).toEqual(['127.0.0.1']);
  expect(await pageText(article)).toBe(text);

  await dispatchCommand({ session, command: 'toggle-site', tabId });
  expect(await until(() => markTotal(article), total)).toBe(total);
  expect((await storedSettings(session)).disabledSites).toEqual([]);
});

test('without a tab from the browser, a command acts on the active tab', async () => {
  await article.bringToFront();
  await dispatchCommand({ session, command: 'toggle-site' });
  expect(await until(() => markTotal(article), 0)).toBe(0);
  expect((await storedSettings(session)).disabledSites).toEqual(['127.0.0.1']);
});

/**
 * Whether the reader is on the mention at `index` (document order): the extension's interaction
 * target lies over it (focused, or under the popover that took focus).
 */
function mentionAt(index: number) {
  return async () => (await targetOn(article)).index === index;
}

test('next-mention moves to the next highlight in page order and wraps around', async () => {
  // The light DOM only, as mentionAt indexes it; disputed statements are stops too.
  const order = (await readMarks({ page: article, shadowRoots: false, highlights: 'all' })).map(
    (m) => m.entity,
  );
  expect(new Set([order[0], order[1], order.at(-1)]).size).toBe(3);
  await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await dispatchCommand({ session, command: 'next-mention', tabId });
  expect(await until(mentionAt(0), true)).toBe(true);
  await dispatchCommand({ session, command: 'next-mention', tabId });
  expect(await until(mentionAt(1), true)).toBe(true);
  for (let i = 2; i < order.length; i++) {
    await dispatchCommand({ session, command: 'next-mention', tabId });
  }
  expect(await until(mentionAt(order.length - 1), true)).toBe(true);
  await dispatchCommand({ session, command: 'next-mention', tabId });
  expect(await until(mentionAt(0), true)).toBe(true);
});

test('commands on a page without the content script change nothing and throw nothing', async () => {
  const { page: browserPage } = await session.newPage();
  await browserPage.goto('chrome://version/');
  const browserTab = await tabIdOf({ session, page: browserPage });
  const before = await storedSettings(session);
  await dispatchCommand({ session, command: 'toggle-site', tabId: browserTab });
  await dispatchCommand({ session, command: 'next-mention', tabId: browserTab });
  await browserPage.waitForTimeout(500);
  expect(await storedSettings(session)).toEqual(before);
  await browserPage.close();
});

/**
 * Delivers a runtime message to the background's real listener with a chosen sender (the way a
 * content script's message arrives). Chrome's `dispatch` does not pass a reply channel through,
 * so effects are checked, not replies.
 */
function deliver(message: unknown, sender: Record<string, unknown>) {
  return session.serviceWorker.evaluate(
    ({ message, sender }) => {
      const event = chrome.runtime.onMessage as unknown as {
        dispatch(message: unknown, sender: unknown, respond: () => void): void;
      };
      event.dispatch(message, { ...sender, id: chrome.runtime.id }, () => {});
    },
    { message, sender },
  );
}

test('open-source opens the viewer at a known citation from a content script, and only that', async () => {
  const claims = JSON.parse(readFileSync(join(ROOT, 'data/claims.json'), 'utf8')) as {
    id: string;
    evidence: { source: string; quote: string }[];
  }[];
  const claim = claims[0];
  if (!claim?.evidence[0]) throw new Error('no claims');
  const { source, quote } = claim.evidence[0];
  const viewer = `chrome-extension://${session.extensionId}/sources.html#source=${source}&quote=${encodeURIComponent(quote)}`;
  const count = async () => (await openPageUrls(session)).filter((u) => u === viewer).length;
  const fromTab = { tab: { id: tabId }, frameId: 0, url: `${server.url}/article.html` };

  // Not a citation, an unknown one, a viewer address, and a known one from outside a tab.
  await deliver({ type: 'open-source', url: 'https://example.org/' }, fromTab);
  await deliver({ type: 'open-source', citation: 'no-such-claim#0' }, fromTab);
  await deliver({ type: 'open-source', citation: viewer }, fromTab);
  await deliver(
    { type: 'open-source', citation: `${claim.id}#0` },
    { url: 'chrome-extension://x/popup.html' },
  );
  await article.waitForTimeout(500);
  expect((await openPageUrls(session)).filter((u) => u.includes('/sources.html'))).toEqual([]);

  await deliver({ type: 'open-source', citation: `${claim.id}#0` }, fromTab);
  expect(await until(count, 1)).toBe(1);
  // In a popup window of its own, as the viewer is meant to open.
  const windows = await session.serviceWorker.evaluate(() => chrome.windows.getAll());
  expect(windows.map((w) => w.type)).toContain('popup');
});
