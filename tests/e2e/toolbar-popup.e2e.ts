/**
 * The toolbar popup against the real content script: what it lists, the two switches acting on
 * an open tab without a reload, jumping to mentions, pages where extensions cannot run, links.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { resetSettings, storedSettings, withExtension } from './harness';
import { mentionRectsInPage, readMarks } from './marks';
import { targetOn, waitMention } from './popover-helpers';
import {
  FIXTURES,
  markCounts,
  markTotal,
  openPageUrls,
  openPopup,
  pageText,
  settledCounts,
  tabIdOf,
  until,
} from './toolbar-helpers';

const { session, server } = withExtension({ fixtures: FIXTURES });
let article: Page;
let articleErrors: string[];
let tabId: number;
let expected: Record<string, number>;

beforeAll(async () => {
  ({ page: article, errors: articleErrors } = await session.newPage());
  await article.goto(`${server.url}/article.html`);
  await waitMention(article, 'putin');
  tabId = await tabIdOf({ session, page: article });
});

beforeEach(async () => {
  await resetSettings(session);
  expected = await settledCounts(article);
  expect(Object.keys(expected).length).toBeGreaterThan(0);
});

/** What the popup lists of entities: [group label, [entity id, count]…]…, read from its DOM. */
function listed(popup: Page) {
  return popup
    .locator('.mention-group:not(.statement-group)')
    .evaluateAll((groups) =>
      groups.map((group) => [
        group.querySelector('h3')?.textContent,
        [...group.querySelectorAll('button.mention')].map((button) => [
          button.getAttribute('data-entity'),
          Number.parseInt(button.querySelector('.mention-count')?.textContent ?? '', 10),
        ]),
      ]),
    );
}

test('lists every highlighted entity once, with the page’s counts, grouped by kind', async () => {
  const { page: popup, errors } = await openPopup({ session, tabId });
  const groups = await listed(popup);
  expect(groups.map(([label]) => label)).toEqual(
    ['Treaties', 'Leaders', 'Delegates'].filter((label) => groups.some(([l]) => l === label)),
  );
  const shown = Object.fromEntries(groups.flatMap(([, items]) => items as [string, number][]));
  expect(shown).toEqual(expected);
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  await expect(popup.locator('.page-total').textContent()).resolves.toBe(`${total} mentions`);
  // Names come from the bundled entities, not ids.
  await expect(popup.getByRole('button', { name: /Vladimir Putin/ }).count()).resolves.toBe(1);
  expect(errors).toEqual([]);
});

test('the list follows the page while the popup is open', async () => {
  const { page: popup } = await openPopup({ session, tabId });
  const kimBefore = expected['kim-jong-un'] ?? 0;
  await article.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'Kim Jong Un spoke again.';
    document.getElementById('live')?.append(p);
  });
  const count = () =>
    popup
      .locator('button[data-entity="kim-jong-un"] .mention-count')
      .evaluate((el) => Number.parseInt(el.textContent ?? '', 10));
  expect(await until(count, kimBefore + 1)).toBe(kimBefore + 1);
  await article.evaluate(() => document.getElementById('added')?.remove());
  expect(await until(count, kimBefore)).toBe(kimBefore);
});

test('the all-sites switch turns highlighting off and on in the open tab, without a reload', async () => {
  const text = await pageText(article);
  const total = await markTotal(article);
  const { page: popup } = await openPopup({ session, tabId });
  const all = popup.getByRole('switch', { name: 'Highlight on all sites' });
  await expect(all.getAttribute('aria-checked')).resolves.toBe('true');

  await all.click();
  await expect(all.getAttribute('aria-checked')).resolves.toBe('false');
  expect(await until(() => markTotal(article), 0)).toBe(0);
  expect(await pageText(article)).toBe(text);
  await popup.getByText('Highlighting is off here').waitFor();
  expect((await storedSettings(session)).enabled).toBe(false);

  await all.click();
  expect(await until(() => markTotal(article), total)).toBe(total);
  expect(await markCounts(article)).toEqual(expected);
  await popup.locator('.mention-group').first().waitFor();
  expect(await pageText(article)).toBe(text);
});

test('the site switch turns this site off and on, leaving the all-sites switch alone', async () => {
  const total = await markTotal(article);
  const { page: popup } = await openPopup({ session, tabId });
  const site = popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
  await expect(site.getAttribute('aria-checked')).resolves.toBe('true');

  await site.click();
  expect(await until(() => markTotal(article), 0)).toBe(0);
  const stored = await storedSettings(session);
  expect(stored.disabledSites).toEqual(['127.0.0.1']);
  expect(stored.enabled).toBe(true);
  await expect(
    popup.getByRole('switch', { name: 'Highlight on all sites' }).getAttribute('aria-checked'),
  ).resolves.toBe('true');
  await popup.getByText('Highlighting is off here').waitFor();

  await site.click();
  expect(await until(() => markTotal(article), total)).toBe(total);
  expect((await storedSettings(session)).disabledSites).toEqual([]);
});

test('choosing a name scrolls to its next mention and flashes it, cycling', async () => {
  // The fixture names Lavrov twice: once at the top, once below a tall spacer.
  expect(expected.lavrov).toBe(2);
  await article.evaluate(() => window.scrollTo(0, 0));
  const { page: popup } = await openPopup({ session, tabId });
  const lavrov = popup.locator('button[data-entity="lavrov"]');
  // Where the Lavrov mentions are among all the page's highlights (document order).
  const order = (await readMarks({ page: article, highlights: 'all' })).map((mark) => mark.entity);
  const lavrovAt = order.flatMap((entity, i) => (entity === 'lavrov' ? [i] : []));
  // Whether the index-th Lavrov is flashing: the interaction target lies over it and flashes.
  const flashing = (index: number) => async () => {
    const on = await targetOn(article);
    return on.flashing && on.index === lavrovAt[index];
  };
  // Whether the index-th Lavrov lies wholly inside the viewport (the shared in-page reader).
  const inView = (index: number) => async () => {
    const rects = await article.evaluate(mentionRectsInPage, { entity: 'lavrov', nth: index });
    const height = await article.evaluate(() => window.innerHeight);
    return !!rects?.length && rects.every((rect) => rect.y >= 0 && rect.y + rect.height <= height);
  };

  expect(await inView(1)()).toBe(false);
  await lavrov.click();
  expect(await until(flashing(0), true)).toBe(true);
  expect(await flashing(1)()).toBe(false);
  await lavrov.click();
  expect(await until(flashing(1), true)).toBe(true);
  expect(await until(inView(1), true)).toBe(true);
  expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  // Past the last one it starts over at the first.
  expect(await until(flashing(0), false, 3_000)).toBe(false);
  await lavrov.click();
  expect(await until(flashing(0), true)).toBe(true);
  expect(await until(inView(0), true)).toBe(true);
  expect(articleErrors).toEqual([]);
});

test('on a page where extensions cannot run it says so instead of breaking', async () => {
  const { page: browserPage } = await session.newPage();
  await browserPage.goto('chrome://version/');
  const browserTab = await tabIdOf({ session, page: browserPage });
  const { page: popup, errors } = await openPopup({ session, tabId: browserTab });
  await popup.getByText("Treaty Lens can't run on this page").waitFor();
  // The all-sites switch still works; there is no site to switch.
  await expect(popup.getByRole('switch').count()).resolves.toBe(1);
  await popup.getByRole('switch', { name: 'Highlight on all sites' }).click();
  // The write lands a moment after the click.
  expect(await until(async () => (await storedSettings(session)).enabled, false)).toBe(false);
  expect(errors).toEqual([]);
  await browserPage.close();
});

test('links open the bundled sources and the options page', async () => {
  const viewerUrl = `chrome-extension://${session.extensionId}/sources.html`;
  const optionsUrl = `chrome-extension://${session.extensionId}/options.html`;
  const viewerTabs = async () =>
    (await openPageUrls(session)).filter((url) => url === viewerUrl).length;
  const before = await viewerTabs();

  // Counted through the automation API's pages (an extension without `tabs` may see no URLs).
  const { page: popup } = await openPopup({ session, tabId });
  await popup.getByRole('button', { name: /bundled sources/ }).click();
  expect(await until(viewerTabs, before + 1)).toBe(before + 1);

  const again = await openPopup({ session, tabId });
  const [options] = await Promise.all([
    session.context.waitForEvent('page'),
    again.page.getByRole('button', { name: 'Options' }).click(),
  ]);
  await options.waitForURL(optionsUrl);
});
