/**
 * Only our mentions open a card (issue #14, item 2). A page can make a `<mark data-treaty-lens>`
 * of its own and register its own `treaty-lens-putin` highlight over other text, and it can
 * dispatch any pointer, mouse or key event it likes: none of it opens the card, because the card
 * opens only for mentions in the extension's own index, on trusted input. A real click on the
 * page's fake highlight opens nothing either; a real click on a real mention does (the control).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { ROOT, withExtension } from '../harness';
import { isOpen, markBox, waitMention, waitOpen } from '../popover-helpers';

const { session, server } = withExtension({ fixtures: `${ROOT}/tests/fixtures/hostile` });

/** Every kind of event a script can dispatch at `selector`, as a reader's input would arrive. */
const dispatchAll = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel}`);
    const r = el.getBoundingClientRect();
    const at = { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true };
    for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'pointerup']) {
      el.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse' }));
      document.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse' }));
    }
    for (const type of ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click']) {
      el.dispatchEvent(new MouseEvent(type, at));
    }
    el.click();
    el.focus();
    for (const key of ['Enter', ' ']) {
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }, selector);

test("a page's own <mark data-treaty-lens> and scripted events open no card", async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/fake.html`);
  await waitMention(page, 'putin'); // the highlighter runs on this page
  await dispatchAll(page, '#fake-mark mark');
  await page.waitForTimeout(600); // past the hover intent
  expect(await isOpen(page)).toBe(false);
  // A real pointer on the fake mark: it is page text that names nobody.
  const box = await page.locator('#fake-mark mark').boundingBox();
  if (!box) throw new Error('no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(600);
  expect(await isOpen(page)).toBe(false);
  // Control: the same real click on a real mention opens its card.
  await (await markBox(page, 'putin')).mark.click();
  await waitOpen(page, 'putin');
  expect(errors).toEqual([]);
  await page.close();
});

test("a page's own treaty-lens-putin highlight over other text, with scripted or real input, opens no card", async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/fake.html`);
  await waitMention(page, 'putin');
  // The page puts its own range over "Jane Doe" into the registry under our name (replacing
  // ours there, which is the page's right to do) and dispatches events at that text.
  const fake = await page.evaluate(() => {
    const text = document.getElementById('fake-highlight')?.firstChild as Text;
    const at = text.data.indexOf('Jane Doe');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'Jane Doe'.length);
    CSS.highlights.set('treaty-lens-putin', new Highlight(range));
    const span = document.createElement('span');
    const r = range.getBoundingClientRect();
    span.id = 'probe';
    document.body.append(span);
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    const at = { clientX: x, clientY: y, bubbles: true };
    for (const type of ['pointermove', 'pointerdown', 'pointerup', 'click']) {
      target.dispatchEvent(
        type === 'click' ? new MouseEvent(type, at) : new PointerEvent(type, at),
      );
    }
  }, fake);
  await page.waitForTimeout(600);
  expect(await isOpen(page)).toBe(false);
  // Real input on the page's fake highlight: hover past the intent delay, then a click.
  await page.mouse.move(fake.x, fake.y);
  await page.waitForTimeout(600);
  expect(await isOpen(page)).toBe(false);
  await page.mouse.click(fake.x, fake.y);
  await page.waitForTimeout(400);
  expect(await isOpen(page)).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});
