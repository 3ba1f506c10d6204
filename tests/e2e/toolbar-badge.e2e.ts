/**
 * The mention count on the toolbar icon: per tab, following the page as it changes, cleared
 * when a tab navigates, hidden by the showBadge option. Read with action.getBadgeText.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { resetSettings, withExtension, writeSettings } from './harness';
import { badgeText, FIXTURES, markTotal, settledCounts, tabIdOf, until } from './toolbar-helpers';

const { session, server } = withExtension({ fixtures: FIXTURES });
let article: Page;
let tabId: number;

beforeAll(async () => {
  ({ page: article } = await session.newPage());
  tabId = await tabIdOf({ session, page: article });
});

beforeEach(async () => {
  await resetSettings(session);
  await article.goto(`${server.url}/article.html`);
  await settledCounts(article);
});

const badge = (id = tabId) => badgeText({ session, tabId: id });

function addParagraph(page: Page, text: string) {
  return page.evaluate((t) => {
    const p = document.createElement('p');
    p.className = 'added';
    p.textContent = t;
    document.getElementById('live')?.append(p);
  }, text);
}

test('shows the number of highlights in the tab', async () => {
  const total = await markTotal(article);
  expect(total).toBeGreaterThan(0);
  expect(await until(badge, String(total))).toBe(String(total));
});

test('follows the page as mentions are added and their text changes', async () => {
  const total = await markTotal(article);
  await addParagraph(article, 'Vladimir Putin and Sergey Lavrov flew home.');
  const more = await until(() => markTotal(article), total + 2);
  expect(more).toBe(total + 2);
  expect(await until(badge, String(more))).toBe(String(more));

  // The page rewrites a paragraph's text: its mentions go, the count follows.
  await article.evaluate(() => {
    const added = document.querySelector('p.added');
    if (added) added.textContent = 'They flew home.';
  });
  expect(await until(() => markTotal(article), total)).toBe(total);
  expect(await until(badge, String(total))).toBe(String(total));
});

test('follows the page when an element holding mentions is removed', async () => {
  const total = await markTotal(article);
  await addParagraph(article, 'Kim Jong Un waved goodbye.');
  expect(await until(badge, String(total + 1))).toBe(String(total + 1));
  await article.evaluate(() => document.querySelector('p.added')?.remove());
  expect(await until(() => markTotal(article), total)).toBe(total);
  expect(await until(badge, String(total))).toBe(String(total));
});

test('each tab has its own count; a tab without mentions has no badge', async () => {
  const { page: plain } = await session.newPage();
  await plain.goto(`${server.url}/plain.html`);
  const plainTab = await tabIdOf({ session, page: plain });
  expect(plainTab).not.toBe(tabId);
  await plain.waitForTimeout(500);
  expect(await badge(plainTab)).toBe('');
  expect(await badge()).toBe(String(await markTotal(article)));
  await plain.close();
});

test('is cleared when the tab navigates, and set again by the new page', async () => {
  const total = await markTotal(article);
  expect(await until(badge, String(total))).toBe(String(total));
  await article.goto(`${server.url}/plain.html`);
  expect(await until(badge, '')).toBe('');
  await article.goto(`${server.url}/article.html`);
  expect(await until(badge, String(total))).toBe(String(total));
});

test('goes away while highlighting is off and comes back with it', async () => {
  const total = await markTotal(article);
  expect(await until(badge, String(total))).toBe(String(total));
  await writeSettings({ session, value: { enabled: true, disabledSites: ['127.0.0.1'] } });
  expect(await until(badge, '')).toBe('');
  await resetSettings(session);
  expect(await until(badge, String(total))).toBe(String(total));
});

test('the showBadge option hides and restores it in open tabs', async () => {
  const total = String(await markTotal(article));
  expect(await until(badge, total)).toBe(total);
  await writeSettings({ session, value: { showBadge: false } });
  expect(await until(badge, '')).toBe('');
  // Still hidden when the page changes.
  await addParagraph(article, 'Kim Jong Un again.');
  await article.waitForTimeout(500);
  expect(await badge()).toBe('');
  await resetSettings(session);
  const now = String(await markTotal(article));
  expect(await until(badge, now)).toBe(now);
});
