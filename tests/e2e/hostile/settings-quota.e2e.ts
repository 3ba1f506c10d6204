/**
 * Issue 14, item 6: a settings write that storage refuses is never silent. With the list of
 * switched-off sites as full as the extension lets it grow, the popup's site switch and the
 * keyboard command say why they could not turn the site off; with the browser's sync storage
 * full, the options page says why a change was not saved. (Storage is filled by the test, as a
 * reader with hundreds of switched-off sites, or another device, would have filled it.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import {
  SITE_LIST_LIMIT_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  storedBytes,
} from '../../../utils/settings-quota';
import { resetSettings, storedSettings, withExtension, writeSettings } from '../harness';
import { dispatchCommand, openPopup, tabIdOf } from '../toolbar-helpers';
import { HOSTILE_FIXTURES, highlightCount, poll } from './hostile-helpers';

declare const chrome: typeof Browser;

const { session, server } = withExtension({ fixtures: HOSTILE_FIXTURES });
let article: Page;
let tabId: number;

/** Sites as long as real ones. */
const site = (i: number) => `www.some-news-site-${String(i).padStart(4, '0')}.example.com`;

/** The longest site list the extension keeps that has no room left for `host`. */
function fullList(host: string): string[] {
  const list: string[] = [];
  const bytes = (sites: string[]) =>
    storedBytes({ ...DEFAULT_SETTINGS, disabledSites: [...sites].sort() });
  while (bytes([...list, site(list.length)]) <= SITE_LIST_LIMIT_BYTES) list.push(site(list.length));
  // Top up with one shorter name, so that not even `host` fits.
  const room = SITE_LIST_LIMIT_BYTES - bytes(list);
  if (room >= host.length + 3) list.push(`a${'b'.repeat(room - host.length - 7)}.c`);
  expect(bytes([...list, host])).toBeGreaterThan(SITE_LIST_LIMIT_BYTES);
  return list.sort();
}

beforeAll(async () => {
  ({ page: article } = await session.newPage());
  await article.goto(`${server.url}/quota.html`);
  await poll(
    () => highlightCount(article),
    (n) => n > 0,
    10_000,
  );
  tabId = await tabIdOf({ session, page: article });
});

beforeEach(async () => {
  await resetSettings(session);
});

afterAll(async () => {
  await resetSettings(session);
});

test('where the browser itself refuses the settings (the figure the limit stays below)', async () => {
  // A binary search: storage.sync also allows only 120 writes a minute.
  const refused = await session.serviceWorker.evaluate(
    async ({ defaults, sites }) => {
      const fits = async (n: number) => {
        try {
          await chrome.storage.sync.set({
            settings: { ...defaults, disabledSites: sites.slice(0, n) },
          });
          return null;
        } catch (error) {
          return String(error);
        }
      };
      let ok = 0;
      let bad = sites.length;
      let error = await fits(bad);
      if (!error) return null;
      while (bad - ok > 1) {
        const mid = Math.floor((ok + bad) / 2);
        const failed = await fits(mid);
        if (failed) {
          bad = mid;
          error = failed;
        } else ok = mid;
      }
      return { n: bad, error };
    },
    { defaults: DEFAULT_SETTINGS, sites: Array.from({ length: 400 }, (_, i) => site(i)) },
  );
  console.info(
    `[hostile/settings-quota] storage.sync refuses the settings at ${refused?.n} sites: ${refused?.error}`,
  );
  expect(refused?.error).toMatch(/QUOTA_?BYTES_?PER_?ITEM/i);
  const limit = fullList('x').length;
  console.info(`[hostile/settings-quota] the extension keeps at most ${limit} such sites`);
  expect(limit).toBeLessThan(refused?.n ?? 0);
  expect(SITE_LIST_LIMIT_BYTES).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
});

test('popup: the site switch says the list is full instead of snapping back', async () => {
  const host = new URL(server.url).hostname;
  const sites = fullList(host);
  await writeSettings({ session, value: { ...DEFAULT_SETTINGS, disabledSites: sites } });
  const { page: popup, errors } = await openPopup({ session, tabId });
  const toggle = popup.getByRole('switch', { name: `Highlight on ${host}` });
  expect(await toggle.getAttribute('aria-checked')).toBe('true');
  await toggle.click();
  const alert = popup.getByRole('alert');
  await alert.waitFor({ timeout: 5_000 });
  const text = await alert.textContent();
  console.info(`[hostile/settings-quota] popup says: ${text}`);
  expect(text).toContain(`full (${sites.length} sites)`);
  expect(text).toContain(host);
  // What the switch shows is what is stored: still on, and the page still highlighted.
  expect(await toggle.getAttribute('aria-checked')).toBe('true');
  expect((await storedSettings(session)).disabledSites).toEqual(sites);
  expect(await highlightCount(article)).toBeGreaterThan(0);
  // Another setting still saves, and clears the message.
  await popup.getByRole('switch', { name: 'Highlight on all sites' }).click();
  await poll(
    async () => (await storedSettings(session)).enabled,
    (enabled) => enabled === false,
  );
  await expect(alert.count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await popup.close();
});

test('keyboard command: "!" on the badge and the reason in the button’s title', async () => {
  const host = new URL(server.url).hostname;
  const sites = fullList(host);
  await writeSettings({ session, value: { ...DEFAULT_SETTINGS, disabledSites: sites } });
  await dispatchCommand({ session, command: 'toggle-site', tabId });
  const shown = await poll(
    () =>
      session.serviceWorker.evaluate(
        async (id) => ({
          badge: await chrome.action.getBadgeText({ tabId: id }),
          title: await chrome.action.getTitle({ tabId: id }),
        }),
        tabId,
      ),
    (value) => value.badge === '!',
  );
  console.info(
    `[hostile/settings-quota] after the shortcut: badge ${JSON.stringify(shown.badge)}, title ${JSON.stringify(shown.title)}`,
  );
  expect(shown.badge).toBe('!');
  expect(shown.title).toContain('full');
  expect((await storedSettings(session)).disabledSites).toEqual(sites);
});

test('options: a change that sync storage has no room for is reported, and undone on screen', async () => {
  // Fill the whole sync area (102,400 bytes) until not one more byte fits.
  const left = await session.serviceWorker.evaluate(async () => {
    let i = 0;
    for (const size of [8000, 1000, 100, 10, 1]) {
      for (;;) {
        try {
          await chrome.storage.sync.set({ [`filler-${i}`]: 'x'.repeat(size) });
          i++;
        } catch {
          break;
        }
      }
    }
    return chrome.storage.sync.QUOTA_BYTES - (await chrome.storage.sync.getBytesInUse(null));
  });
  const { page: options, errors } = await session.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const contrast = options.getByRole('radio', { name: /High contrast/ });
  await contrast.click();
  const alert = options.getByRole('alert');
  await alert.waitFor({ timeout: 5_000 });
  const text = await alert.textContent();
  console.info(`[hostile/settings-quota] ${left} bytes left; options page says: ${text}`);
  expect(text).toMatch(/^Not saved: .*full/);
  await expect.poll(() => options.getByRole('radio', { name: /Default/ }).isChecked()).toBe(true);
  expect(await alert.isVisible()).toBe(true);
  expect(errors).toEqual([]);
  await options.close();
});
