/**
 * The options page: each choice is stored, survives a reload of the page, and reaches an open
 * tab at once; the list of switched-off sites can be emptied again.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { resetSettings, storedSettings, withExtension, writeSettings } from './harness';
import {
  badgeText,
  FIXTURES,
  markCounts,
  markTotal,
  openPopup,
  settledCounts,
  tabIdOf,
  until,
} from './toolbar-helpers';
import { inUi } from './ui';

const { session, server } = withExtension({ fixtures: FIXTURES });
let article: Page;
let tabId: number;
let options: Page;
let optionsErrors: string[];

beforeAll(async () => {
  ({ page: article } = await session.newPage());
  await article.goto(`${server.url}/article.html`);
  tabId = await tabIdOf({ session, page: article });
  ({ page: options, errors: optionsErrors } = await session.newPage());
});

beforeEach(async () => {
  await resetSettings(session);
  await settledCounts(article);
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Highlighting', exact: true }).waitFor();
});

test('turning a kind off removes its highlights from the open tab, and it persists', async () => {
  const before = await markCounts(article);
  expect(before.putin).toBeGreaterThan(0);
  const leaders = options.getByRole('checkbox', { name: /Leaders/ });
  await expect(leaders.isChecked()).resolves.toBe(true);
  await leaders.uncheck();

  const { putin: _p, 'kim-jong-un': _k, ...others } = before;
  expect(await until(() => markCounts(article), others)).toEqual(others);
  expect((await storedSettings(session)).kinds).toEqual({
    treaty: true,
    leader: false,
    delegate: true,
  });

  await options.reload();
  await expect(options.getByRole('checkbox', { name: /Leaders/ }).isChecked()).resolves.toBe(false);
  await options.getByRole('checkbox', { name: /Leaders/ }).check();
  expect(await until(() => markCounts(article), before)).toEqual(before);
  expect(optionsErrors).toEqual([]);
});

test('the highlight style changes how the open tab’s marks look, and persists', async () => {
  // How the first highlight is painted: its element's ::highlight() style.
  const look = () =>
    article.evaluate(() => {
      const [name, highlight] =
        [...CSS.highlights].find(([n]) => n.startsWith('treaty-lens-')) ?? [];
      const range = highlight ? [...highlight][0] : undefined;
      const element = range?.startContainer.parentElement;
      if (!element) return null;
      const style = getComputedStyle(element, `::highlight(${name})`);
      return { background: style.backgroundColor, line: style.textDecorationLine };
    });
  const initial = await look();
  // The default fills the mention; "underline only" does not.
  expect(initial?.background).not.toBe('rgba(0, 0, 0, 0)');

  await options.getByRole('radio', { name: /Underline only/ }).check();
  expect(await until(look, { background: 'rgba(0, 0, 0, 0)', line: 'underline' })).toEqual({
    background: 'rgba(0, 0, 0, 0)',
    line: 'underline',
  });
  await options.getByRole('radio', { name: /High contrast/ }).check();
  expect(
    (await until(look, { background: 'rgb(255, 230, 0)', line: 'underline' }))?.background,
  ).toBe('rgb(255, 230, 0)');
  expect((await storedSettings(session)).style).toBe('high-contrast');
  await options.reload();
  await expect(options.getByRole('radio', { name: /High contrast/ }).isChecked()).resolves.toBe(
    true,
  );
});

test('highlights join the tab order only when asked', async () => {
  // Through the interaction target, in the extension's host (see tests/e2e/ui.ts).
  const tabbable = () =>
    inUi(
      article,
      (root) => (root?.querySelector<HTMLElement>('.tl-target')?.tabIndex ?? -1) === 0,
      null,
    );
  expect(await tabbable()).toBe(false);
  await options.getByRole('switch', { name: 'Highlights in the tab order' }).click();
  expect(await until(tabbable, true)).toBe(true);
  expect((await storedSettings(session)).tabOrder).toBe(true);
  await options.getByRole('switch', { name: 'Highlights in the tab order' }).click();
  expect(await until(tabbable, false)).toBe(false);
});

test('the disputed-statements switch is stored and survives a reload', async () => {
  const name = 'Mark statements the sources dispute';
  const toggle = () => options.getByRole('switch', { name });
  expect(await toggle().getAttribute('aria-checked')).toBe('true');
  await toggle().click();
  expect(await until(async () => (await storedSettings(session)).statements, false)).toBe(false);
  await options.reload();
  expect(await toggle().getAttribute('aria-checked')).toBe('false');
  await toggle().click();
  expect(await until(async () => (await storedSettings(session)).statements, true)).toBe(true);
});

test('popover trigger and badge choices are stored; the badge follows at once', async () => {
  await options.getByRole('radio', { name: /On click only/ }).check();
  expect((await storedSettings(session)).openOn).toBe('click');

  const total = String(await markTotal(article));
  expect(await until(() => badgeText({ session, tabId }), total)).toBe(total);
  const badge = options.getByRole('switch', { name: 'Mention count on the toolbar icon' });
  await badge.click();
  await expect(badge.getAttribute('aria-checked')).resolves.toBe('false');
  expect(await until(() => badgeText({ session, tabId }), '')).toBe('');
  await options.reload();
  await expect(
    options
      .getByRole('switch', { name: 'Mention count on the toolbar icon' })
      .getAttribute('aria-checked'),
  ).resolves.toBe('false');
  await expect(options.getByRole('radio', { name: /On click only/ }).isChecked()).resolves.toBe(
    true,
  );
});

test('the site list shows switched-off sites; Remove turns one back on in its open tab', async () => {
  const total = await markTotal(article);
  await expect(options.getByText(/^None\./).count()).resolves.toBe(1);
  const popup = await openPopup({ session, tabId });
  await popup.page.getByRole('switch', { name: 'Highlight on 127.0.0.1' }).click();
  expect(await until(() => markTotal(article), 0)).toBe(0);
  const current = await storedSettings(session);
  await writeSettings({
    session,
    value: { ...current, disabledSites: [...(current.disabledSites ?? []), 'example.com'] },
  });

  // The open options page follows storage without a reload.
  const sites = () => options.locator('.site-host').allTextContents();
  expect(await until(sites, ['127.0.0.1', 'example.com'])).toEqual(['127.0.0.1', 'example.com']);
  await options.getByRole('button', { name: 'Remove 127.0.0.1 (highlight there again)' }).click();
  expect(await until(sites, ['example.com'])).toEqual(['example.com']);
  expect(await until(() => markTotal(article), total)).toBe(total);
  expect((await storedSettings(session)).disabledSites).toEqual(['example.com']);
});
