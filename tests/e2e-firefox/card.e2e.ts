/**
 * The card in Firefox, driven by a real pointer and keyboard: hover intent, a brush past, click,
 * Esc, a click outside, and the keyboard path (Tab to a highlight, Enter into the card, Esc back
 * to the highlight). The card is found as the accessibility tree sees it: the dialog named for
 * the entity, inside the extension's host (see findDialog).
 */
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FIXTURES, focusIn, highlightPoint, NAMES, parkPointer } from './card';
import { anyDialogShown, findDialog, setSettings, until, waitDialog, withFirefox } from './firefox';

const { session, server } = withFirefox({ fixtures: FIXTURES });
let page: Page;
let errors: string[];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function load() {
  ({ page, errors } = await session.newPage());
  await page.goto(`${server.url}/article.html`);
  await highlightPoint({ page, entity: 'putin' });
}

describe('pointer', () => {
  beforeEach(load);
  afterEach(async () => {
    await page.close();
  });

  test.each([['putin'], ['treaty-2024'], ['lavrov']])(
    '%s: hovering opens the dialog named for it',
    async (entity) => {
      await parkPointer(page);
      const { x, y } = await highlightPoint({ page, entity });
      await page.mouse.move(x, y);
      const dialog = await waitDialog({ page, name: NAMES[entity] ?? entity });
      // The card says what the sources agree on, and cites them.
      expect(await dialog.evaluate((el) => el.querySelectorAll('.tl-chip').length)).toBeGreaterThan(
        0,
      );
      expect(errors).toEqual([]);
    },
  );

  test('a quick brush past does nothing', async () => {
    await parkPointer(page);
    const { x, y, top } = await highlightPoint({ page, entity: 'putin' });
    await page.mouse.move(x, y);
    await sleep(80);
    await page.mouse.move(x, top - 40);
    await sleep(700);
    expect(await anyDialogShown(page)).toBe(false);
  });

  test('a click opens it; Esc closes; a click outside closes', async () => {
    const name = NAMES['treaty-2024'] ?? '';
    const point = await highlightPoint({ page, entity: 'treaty-2024' });
    await page.mouse.click(point.x, point.y);
    await waitDialog({ page, name });
    await page.keyboard.press('Escape');
    expect(await until(() => anyDialogShown(page), false)).toBe(false);

    const again = await highlightPoint({ page, entity: 'treaty-2024' });
    await page.mouse.click(again.x, again.y);
    await waitDialog({ page, name });
    // A clicked card stays when the pointer wanders off…
    await page.mouse.move(5, 5);
    await sleep(700);
    expect(await findDialog({ page, name })).not.toBeNull();
    // …and goes on a click elsewhere (a corner: the card may cover the middle of #plain).
    await page.mouse.click(5, 5);
    expect(await until(() => anyDialogShown(page), false)).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('keyboard', () => {
  beforeEach(async () => {
    await setSettings({ session, patch: { tabOrder: true } });
    await load();
  });
  afterEach(async () => {
    await page.close();
    await setSettings({ session, patch: {} });
  });

  test('Tab to a highlight shows its card; Enter moves focus in; Esc closes and returns focus', async () => {
    const name = NAMES.putin ?? '';
    await page.keyboard.press('Tab');
    expect(await until(() => focusIn(page), 'highlight')).toBe('highlight');
    await waitDialog({ page, name });
    await page.keyboard.press('Enter');
    expect(await until(() => focusIn(page), 'dialog')).toBe('dialog');

    // Tab stays inside the card.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusIn(page)).toBe('dialog');
    }
    await page.keyboard.press('Escape');
    expect(await until(() => anyDialogShown(page), false)).toBe(false);
    expect(await focusIn(page)).toBe('highlight');
    expect(errors).toEqual([]);
  });
});

test('the card is found the same way behind a closed shadow root', async () => {
  // A stand-in for the host as the page contract describes it: a built-in element appended to
  // <html> with a closed root, the dialog labelled with the entity's name.
  ({ page, errors } = await session.newPage());
  await page.goto(`${server.url}/article.html`);
  await page.evaluate(() => {
    const host = document.createElement('div');
    document.documentElement.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML =
      '<div role="dialog" aria-labelledby="t"><h2 id="t">Sergei Shoigu</h2><button>Close</button></div>';
  });
  expect(
    await page.evaluate(() => document.documentElement.lastElementChild?.shadowRoot),
  ).toBeNull();
  const dialog = await findDialog({ page, name: 'Sergei Shoigu' });
  expect(await dialog?.evaluate((el) => el.getAttribute('aria-labelledby'))).toBe('t');
  await page.close();
});
