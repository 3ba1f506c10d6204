/**
 * Settings apply at once, without a reload: highlighting never changes the page's DOM — the same
 * text nodes, with the same text, the same markup, highlighted or not — turning it off (globally
 * or for the site) removes every highlight and the extension's host, and turning it on
 * highlights again. Kinds, style and tab order apply live too. The page sees no mutation of ours.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Settings } from '../../core/settings';
import { setSettings, withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { type MarkInfo, readMarks, settledMarks } from './marks';
import { inUi } from './ui';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

interface Comparison {
  count: [number, number];
  sameNodes: boolean;
  sameText: boolean;
  sameMarkup: boolean;
}
const compareToOriginal = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __compareToOriginal: () => Comparison }).__compareToOriginal(),
  );
const mutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);

async function noMarks(page: Page) {
  await expect.poll(() => readMarks({ page }), { timeout: 5_000 }).toEqual([]);
}

/** Children of <html> other than <head> and <body>: the extension's host, while it has one. */
const extraRootChildren = (page: Page) =>
  page.evaluate(
    () =>
      [...document.documentElement.children].filter(
        (el) => el !== document.head && el !== document.body,
      ).length,
  );

/** The highlighted texts inside the element `selector` picks (light DOM). */
const highlightsIn = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const box = document.querySelector(sel);
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('treaty-lens-')) continue;
      for (const range of highlight) {
        if (!range.collapsed && box?.contains(range.startContainer)) {
          texts.push(
            range.startContainer.textContent?.slice(range.startOffset, range.endOffset) ?? '',
          );
        }
      }
    }
    return texts;
  }, selector);

/** The toggle page in a new tab, once its marks have settled on the expected ones. */
async function openToggle() {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/toggle.html`);
  const expected = expectedMarks('toggle');
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(expected);
  return { page, errors, expected };
}

test('off restores the exact DOM, on highlights again (global switch and per site)', async () => {
  const { page, errors, expected } = await openToggle();
  // The snapshot was taken before highlighting; highlighted, the page is still exactly that.
  expect(
    await page.evaluate(() => (window as { __snapshotHadMarks?: boolean }).__snapshotHadMarks),
  ).toBe(false);
  const highlightedNow = await compareToOriginal(page);
  expect(highlightedNow).toEqual({
    count: [highlightedNow.count[0], highlightedNow.count[0]],
    sameNodes: true,
    sameText: true,
    sameMarkup: true,
  });

  const off = async (patch: Partial<Settings>) => {
    await setSettings({ session, patch });
    await noMarks(page);
    await expect.poll(() => extraRootChildren(page)).toBe(0);
    const comparison = await compareToOriginal(page);
    expect(comparison).toEqual({
      count: [comparison.count[0], comparison.count[0]],
      sameNodes: true,
      sameText: true,
      sameMarkup: true,
    });
  };
  const on = async () => {
    await setSettings({ session, patch: {} });
    expect(await settledMarks({ page, atLeast: 1 })).toEqual(expected);
  };

  await off({ enabled: false });
  await on();
  await off({ disabledSites: ['127.0.0.1'] });
  await on();
  await off({ enabled: false });
  expect(errors).toEqual([]);
  await page.close();
});

test('kinds, style and tab order apply live', async () => {
  await setSettings({ session, patch: {} });
  const { page, errors, expected } = await openToggle();

  const kindOf: Record<string, string> = {
    putin: 'leader',
    'kim-jong-un': 'leader',
    lavrov: 'delegate',
    manturov: 'delegate',
    'treaty-2024': 'treaty',
  };
  const without = (kind: string) =>
    expected.filter((mark: MarkInfo) => kindOf[mark.entity ?? ''] !== kind);
  await setSettings({ session, patch: { kinds: { treaty: true, leader: true, delegate: false } } });
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(without('delegate'));
  await setSettings({ session, patch: { kinds: { treaty: false, leader: true, delegate: true } } });
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(without('treaty'));
  await setSettings({ session, patch: {} });
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(expected);

  // How a highlighted mention is painted: its element's ::highlight() style.
  const look = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('treaty-lens-putin') ?? [])][0];
      const element = range?.startContainer.parentElement as Element;
      const style = getComputedStyle(element, '::highlight(treaty-lens-putin)');
      return { background: style.backgroundColor, line: style.textDecorationLine };
    });
  const before = await look();
  const mutationsBefore = await mutations(page);
  await setSettings({ session, patch: { style: 'underline' } });
  await expect.poll(look).toEqual({ background: 'rgba(0, 0, 0, 0)', line: 'underline' });
  await setSettings({ session, patch: { style: 'high-contrast' } });
  await expect.poll(look).toEqual({ background: 'rgb(255, 230, 0)', line: 'underline' });
  await setSettings({ session, patch: {} });
  await expect.poll(look).toEqual(before);
  // Styles change through the stylesheet, not the page: no mutation at all.
  expect(await mutations(page)).toBe(mutationsBefore);

  // Mentions are in the tab order through the interaction target (in the extension's host).
  const tabIndex = () =>
    inUi(page, (root) => root?.querySelector('.tl-target')?.getAttribute('tabindex') ?? null, null);
  expect(await tabIndex()).toBe('-1');
  await setSettings({ session, patch: { tabOrder: true } });
  await expect.poll(tabIndex).toBe('0');
  await setSettings({ session, patch: {} });
  await expect.poll(tabIndex).toBe('-1');
  expect(errors).toEqual([]);
  await page.close();
});

test('hidden text is marked once shown (attribute, resize); then the page sees no mutation', async () => {
  await setSettings({ session, patch: {} });
  const { page, errors } = await openToggle();
  expect([
    ...(await highlightsIn(page, '#details')),
    ...(await highlightsIn(page, '#hidden')),
  ]).toEqual([]);

  await page.click('#details summary');
  await expect
    .poll(() => highlightsIn(page, '#details'), { timeout: 2_000 })
    .toEqual(['Alexander Novak']);
  // Shown by a media query once the window is narrow: no mutation, only a resize (the ticker,
  // whose class changes would also prompt a look, is stopped meanwhile).
  const ticker = (action: 'start' | 'stop') =>
    page.evaluate((a) => {
      const w = window as unknown as Record<string, () => void>;
      w[a === 'start' ? '__startTicker' : '__stopTicker']?.();
    }, action);
  await ticker('stop');
  await page.waitForTimeout(300);
  expect(await highlightsIn(page, '#narrow')).toEqual([]);
  await page.setViewportSize({ width: 800, height: 900 });
  await expect
    .poll(() => highlightsIn(page, '#narrow'), { timeout: 2_000 })
    .toEqual(['Denis Manturov']);
  await ticker('start');
  await settledMarks({ page });

  // A quiet second while the page's ticker keeps changing classes and text: the extension
  // re-checks the still-hidden block, but writes nothing.
  const start = await mutations(page);
  await page.waitForTimeout(1_000);
  expect(await mutations(page)).toBe(start);
  expect(errors).toEqual([]);
  await page.close();
});
