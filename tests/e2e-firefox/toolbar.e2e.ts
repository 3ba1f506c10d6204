/**
 * The toolbar in Firefox: the popup and the options page, opened as extension pages
 * (moz-extension://) over an open article (what the popup lists, its two switches acting on the
 * open tab without a reload, a kind turned off in the options page, the options page following
 * storage), the badge (Manifest V2's browserAction), and the next-mention message the keyboard
 * command sends.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { ROOT } from '../e2e/harness';
import { type MarkInfo, readMarks, settledMarks } from '../e2e/marks';
import { focusIn } from './card';
import {
  openExtensionPage,
  reloadExtensionPage,
  resetSettings,
  storedSettings,
  tabIdOf,
  until,
  waitDialog,
  withFirefox,
  writeSettings,
} from './firefox';

/** The extension APIs inside `inExtension` callbacks. */
declare const browser: typeof import('wxt/browser').Browser;

const { session, server } = withFirefox({ fixtures: join(ROOT, 'tests/fixtures/toolbar') });
let article: Page;
let articleErrors: string[];
let tabId: number;

function countByEntity(marks: MarkInfo[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { entity } of marks) counts[entity] = (counts[entity] ?? 0) + 1;
  return counts;
}
const counts = async () => countByEntity(await readMarks({ page: article }));
const total = async () => (await readMarks({ page: article })).length;
const pageText = () => article.evaluate(() => document.body.textContent ?? '');

/** A switch, checkbox or button of an extension page, by its role and accessible name. */
async function control(page: Page, role: string, name: string) {
  const handle = await page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`, {
    timeout: 5_000,
  });
  if (!handle) throw new Error(`no ${role} named ${name}`);
  return handle;
}
const checked = async (page: Page, role: string, name: string) =>
  (await control(page, role, name)).evaluate((el) => el.getAttribute('aria-checked'));

async function openPopup(): Promise<{ page: Page; errors: string[] }> {
  const popup = await session.newPage();
  await popup.page.setViewport({ width: 340, height: 560 });
  await openExtensionPage({ page: popup.page, path: `popup.html?tab=${tabId}` });
  await popup.page.waitForSelector('.popup-page .note, .popup-page .mention-group');
  return popup;
}

beforeAll(async () => {
  ({ page: article, errors: articleErrors } = await session.newPage());
  await article.goto(`${server.url}/article.html`);
  await settledMarks({ page: article, atLeast: 1 });
  tabId = await tabIdOf({ session, page: article });
});

beforeEach(async () => {
  await resetSettings(session);
  await settledMarks({ page: article, atLeast: 1 });
});

afterAll(() => {
  expect(articleErrors).toEqual([]);
});

test('the popup lists every highlighted entity and disputed statement with the page’s counts', async () => {
  const expected = await counts();
  const statements = countByEntity(
    await settledMarks({ page: article, highlights: 'statements', shadowRoots: false, atLeast: 0 }),
  );
  // The fixture states a disputed point too: what the new treaty replaces.
  expect(Object.keys(statements).length).toBeGreaterThan(0);
  const { page: popup, errors } = await openPopup();
  const shown = (attribute: string) =>
    popup.$$eval(
      `button.mention[${attribute}]`,
      (buttons, name) =>
        Object.fromEntries(
          buttons.map((b) => [
            b.getAttribute(name),
            Number.parseInt(b.querySelector('.mention-count')?.textContent ?? '', 10),
          ]),
        ),
      attribute,
    );
  expect(await shown('data-entity')).toEqual(expected);
  expect(await shown('data-dispute')).toEqual(statements);
  expect(errors).toEqual([]);
  await popup.close();
});

test('the all-sites switch turns highlighting off and on in the open tab, without a reload', async () => {
  const text = await pageText();
  const before = await counts();
  const { page: popup, errors } = await openPopup();
  const name = 'Highlight on all sites';
  expect(await checked(popup, 'switch', name)).toBe('true');

  await (await control(popup, 'switch', name)).click();
  expect(await until(() => checked(popup, 'switch', name), 'false')).toBe('false');
  expect(await until(total, 0)).toBe(0);
  expect(await pageText()).toBe(text);
  expect((await storedSettings(session)).enabled).toBe(false);

  await (await control(popup, 'switch', name)).click();
  expect(await until(counts, before)).toEqual(before);
  expect(await pageText()).toBe(text);
  expect(errors).toEqual([]);
  await popup.close();
});

test('the site switch turns this site off and on, leaving the all-sites switch alone', async () => {
  const before = await total();
  const { page: popup, errors } = await openPopup();
  const site = 'Highlight on 127.0.0.1';
  expect(await checked(popup, 'switch', site)).toBe('true');

  await (await control(popup, 'switch', site)).click();
  expect(await until(total, 0)).toBe(0);
  const stored = await storedSettings(session);
  expect(stored.disabledSites).toEqual(['127.0.0.1']);
  expect(stored.enabled).toBe(true);
  expect(await checked(popup, 'switch', 'Highlight on all sites')).toBe('true');

  await (await control(popup, 'switch', site)).click();
  expect(await until(total, before)).toBe(before);
  expect((await storedSettings(session)).disabledSites).toEqual([]);
  expect(errors).toEqual([]);
  await popup.close();
});

test('options: turning a kind off removes its highlights from the open tab, and it persists', async () => {
  const before = await counts();
  expect(before.putin).toBeGreaterThan(0);
  const { page: options, errors } = await session.newPage();
  await openExtensionPage({ page: options, path: 'options.html' });
  const leaders = 'input[name="kinds"][value="leader"]';
  expect(await options.$eval(leaders, (el) => (el as HTMLInputElement).checked)).toBe(true);
  await options.click(leaders);

  const { putin: _p, 'kim-jong-un': _k, ...others } = before;
  expect(await until(counts, others)).toEqual(others);
  expect((await storedSettings(session)).kinds).toEqual({
    treaty: true,
    leader: false,
    delegate: true,
  });

  await reloadExtensionPage({ page: options });
  await options.waitForSelector(leaders);
  expect(await options.$eval(leaders, (el) => (el as HTMLInputElement).checked)).toBe(false);
  await options.click(leaders);
  expect(await until(counts, before)).toEqual(before);
  expect(errors).toEqual([]);
  await options.close();
});

test('options: the site list follows storage; Remove turns a site back on in its open tab', async () => {
  const before = await total();
  const { page: options, errors } = await session.newPage();
  await openExtensionPage({ page: options, path: 'options.html' });
  const current = await storedSettings(session);
  await writeSettings({
    session,
    value: { ...current, disabledSites: ['127.0.0.1', 'example.com'] },
  });
  expect(await until(total, 0)).toBe(0);

  // The open options page follows storage without a reload (storage.onChanged).
  const sites = () =>
    options.$$eval('.site-host', (els) => els.map((e) => e.textContent ?? '')) as Promise<string[]>;
  expect(await until(sites, ['127.0.0.1', 'example.com'])).toEqual(['127.0.0.1', 'example.com']);
  await (await control(options, 'button', 'Remove 127.0.0.1 (highlight there again)')).click();
  expect(await until(sites, ['example.com'])).toEqual(['example.com']);
  expect(await until(total, before)).toBe(before);
  expect((await storedSettings(session)).disabledSites).toEqual(['example.com']);
  expect(errors).toEqual([]);
  await options.close();
});

test('the badge counts the tab’s highlights', async () => {
  const expected = String(await total());
  const badge = () =>
    session.inExtension(
      // Firefox's browserAction returns promises (the Chrome typings know only callbacks).
      (id: number) =>
        (
          browser.browserAction as unknown as {
            getBadgeText(details: { tabId: number }): Promise<string>;
          }
        ).getBadgeText({ tabId: id }),
      tabId,
    );
  expect(await until(badge, expected)).toBe(expected);
});

test('next-mention (as the background sends it) opens the card with focus inside', async () => {
  await session.inExtension((id) => browser.tabs.sendMessage(id, { type: 'next-mention' }), tabId);
  await waitDialog({ page: article, name: 'Vladimir Putin' });
  expect(await until(() => focusIn(article), 'dialog')).toBe('dialog');
  await article.keyboard.press('Escape');
});
