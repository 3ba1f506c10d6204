/**
 * Pages that fight back. Hostile CSS (`* { all: unset !important }`, giant !important fonts,
 * rules aimed at the host, a full-screen overlay at the maximum z-index) must not reach or cover
 * the popover; hostile text (markup-like strings around highlighted words) must stay text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { withExtension } from './harness';
import { dialog, FIXTURES, markBox, uiHosts, waitOpen } from './popover-helpers';
import { exposeUi, uiLocator } from './ui';

const { session, server } = withExtension({ fixtures: FIXTURES });

const style = (page: Page, selector: string, props: string[]) =>
  dialog(page, selector)
    .first()
    .evaluate((el, names) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(names.map((n) => [n, cs.getPropertyValue(n)]));
    }, props);

describe('hostile page CSS', () => {
  test('the card keeps its own fonts and size, and sits on top of a max z-index overlay', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${server.url}/hostile-css.html`);
    // The page really is hostile: its own text is 64px Comic Sans.
    expect(await page.locator('#lead').evaluate((el) => getComputedStyle(el).fontSize)).toBe(
      '64px',
    );
    const { mark } = await markBox(page, 'putin');
    await mark.click();
    await waitOpen(page, 'putin');

    expect(await style(page, '.tl-name', ['font-size', 'font-weight'])).toEqual({
      'font-size': '17px',
      'font-weight': '650',
    });
    const statement = await style(page, '.tl-statement', ['font-size', 'font-family', 'color']);
    expect(statement['font-size']).toBe('14px');
    expect(statement['font-family']).toMatch(/^system-ui/);
    expect(statement.color).not.toBe('rgb(255, 0, 255)');
    const shown = await dialog(page).evaluate((el) => {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        display: cs.display,
        visibility: cs.visibility,
        opacity: cs.opacity,
        background: cs.backgroundColor,
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        viewport: { width: innerWidth, height: innerHeight },
      };
    });
    expect(shown).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1' });
    expect(shown.background).toBe('rgb(255, 255, 255)'); // not the page's --tl-bg: red
    const { box, viewport } = shown;
    expect(box.width).toBeGreaterThan(300);
    expect(box.width).toBeLessThanOrEqual(400);
    expect(box.height).toBeGreaterThan(150);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

    // On top: what is under the card's centre is the card, not the page's overlay.
    const hit = await page.evaluate(
      ({ x, y }) => {
        const stack = document.elementsFromPoint(x, y);
        const top = stack[0];
        // Our host's root is closed; the test holds it (ui.ts).
        const ours = window.__treatyLensUi;
        const inner = top === ours?.host ? ours?.elementFromPoint(x, y) : null;
        return {
          top: top === ours?.host ? 'our host' : top?.localName,
          inner: inner?.closest('[role="dialog"]') !== null,
          // The overlay really is there, under the card (pointer-events: none hides it from
          // hit-testing, so look for it by geometry).
          overlayCovers: (() => {
            const r = document.getElementById('overlay')?.getBoundingClientRect();
            return !!r && r.left <= x && r.right >= x && r.top <= y && r.bottom >= y;
          })(),
        };
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(hit).toEqual({ top: 'our host', inner: true, overlayCovers: true });
    // And it still works: a chip is clickable through whatever the page stacked up.
    await dialog(page, `.tl-chip`).first().hover();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile page text', () => {
  test('markup-like text around highlights never runs and stays literal', async () => {
    const { page, errors } = await session.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${server.url}/hostile-text.html`);
    const before = await page.locator('body').evaluate((b) => b.textContent);
    const { mark } = await markBox(page, 'putin');
    expect(await mark.textContent()).toBe('Vladimir Putin');
    await mark.hover();
    await waitOpen(page, 'putin');
    await (await markBox(page, 'lavrov')).mark.click();
    await waitOpen(page, 'lavrov');

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await page.locator('img, b, p script').count()).toBe(0);
    expect(await uiLocator(page, 'img, script').count()).toBe(0);
    // The page's text is what it was: highlighting never touches the page, let alone re-parses it.
    expect(await page.locator('body').evaluate((b) => b.textContent)).toBe(before);
    expect(await page.locator('#script').textContent()).toContain(
      "<script>window.__pwned = 'script'</script>Putin",
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page that removes what it did not create', () => {
  test('the host is put back, with one dialog, when the page throws it out', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(`${server.url}/article.html`);
    const { mark } = await markBox(page, 'putin');
    await mark.click();
    await waitOpen(page, 'putin');
    await page.keyboard.press('Escape');
    await exposeUi(page);
    await page.evaluate(() => window.__treatyLensUi?.host.remove());
    expect(await uiHosts(page)).toBe(0);
    await mark.click();
    await waitOpen(page, 'putin');
    expect(await uiHosts(page)).toBe(1);
    expect(await dialog(page).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
