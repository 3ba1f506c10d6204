/**
 * The content script's side of the messages: `summary` answers what the page holds, `jump`
 * scrolls to and flashes the next mention of an entity (cycling), `next-mention` focuses the
 * next mark after the focus, and `mentions` reports counts to the background.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { sendToPages, setSettings, withExtension } from './harness';
import {
  BEHAVIOUR_DIR,
  expectedMarks,
  recordedMentions,
  recordMentions,
} from './highlight-support';
import { settledMarks } from './marks';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

const COUNTS = { putin: 3, 'kim-jong-un': 2, lavrov: 1 };

/** Index (in document order) of the mark matching `selector`, or -1. */
const markIndex = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const marks = [...document.querySelectorAll('mark[data-treaty-lens]')];
    return marks.findIndex((mark) => mark.matches(sel));
  }, selector);

test('summary, mentions report, jump and next-mention', async () => {
  await recordMentions(session);
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/messages.html`);
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(expectedMarks('messages'));

  expect(await sendToPages({ session, message: { type: 'summary' } })).toEqual({
    active: true,
    host: '127.0.0.1',
    counts: COUNTS,
    total: 6,
  });
  await expect
    .poll(async () => (await recordedMentions(session)).at(-1))
    .toEqual({ message: { type: 'mentions', counts: COUNTS, total: 6 }, frameId: 0 });

  // jump: the Putin marks in turn (0, 3, 4), then around again; each scrolled to and flashed.
  const flashed = () => markIndex(page, '[data-treaty-lens-flash]');
  for (const expected of [0, 3, 4, 0]) {
    await sendToPages({ session, message: { type: 'jump', entity: 'putin' } });
    await expect.poll(flashed).toBe(expected);
  }
  await sendToPages({ session, message: { type: 'jump', entity: 'lavrov' } });
  await expect.poll(flashed).toBe(2);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const rect = document.getElementById('middle')?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0 && rect.bottom <= innerHeight;
      }),
    )
    .toBe(true);
  // The flash ends by itself.
  await expect.poll(flashed, { timeout: 3_000 }).toBe(-1);

  // next-mention: after the focused link comes the Lavrov mark; then onwards, wrapping round.
  // Marks receive focus in turn (the popover may take it from the mark right after).
  await page.evaluate(() => {
    const w = window as unknown as { __focused: number[] };
    w.__focused = [];
    document.addEventListener(
      'focusin',
      (event) => {
        const marks = [...document.querySelectorAll('mark[data-treaty-lens]')];
        const index = marks.indexOf(event.target as Element);
        if (index >= 0) w.__focused.push(index);
      },
      true,
    );
  });
  const focusedMarks = () =>
    page.evaluate(() => (window as unknown as { __focused: number[] }).__focused);
  /** Focus inside the extension's popover, as the real one takes it: no page position. */
  const focusPopover = () =>
    page.evaluate(() => {
      let host = document.querySelector('treaty-lens-popover');
      if (!host) {
        host = document.createElement('treaty-lens-popover');
        host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">Close</button>';
        document.body.append(host);
      }
      host.shadowRoot?.querySelector<HTMLElement>('button, [tabindex], a[href]')?.focus();
    });
  await page.focus('#link');
  const expected: number[] = [];
  for (const index of [2, 3, 4, 5, 0, 1]) {
    await sendToPages({ session, message: { type: 'next-mention' } });
    expected.push(index);
    await expect.poll(focusedMarks).toEqual(expected);
    await focusPopover();
  }

  // The page removes an element holding two marks (no record names our nodes): counts follow.
  await page.evaluate(() => document.getElementById('bottom')?.remove());
  const afterRemoval = { putin: 2, 'kim-jong-un': 1, lavrov: 1 };
  await expect
    .poll(async () => (await recordedMentions(session)).at(-1))
    .toEqual({ message: { type: 'mentions', counts: afterRemoval, total: 4 }, frameId: 0 });
  expect(await sendToPages({ session, message: { type: 'summary' } })).toMatchObject({
    counts: afterRemoval,
    total: 4,
  });

  // Turned off: the summary says so and the badge count drops to zero.
  await setSettings({ session, patch: { enabled: false } });
  await expect
    .poll(() => sendToPages({ session, message: { type: 'summary' } }))
    .toEqual({
      active: false,
      host: '127.0.0.1',
      counts: {},
      total: 0,
    });
  await expect
    .poll(async () => (await recordedMentions(session)).at(-1))
    .toEqual({ message: { type: 'mentions', counts: {}, total: 0 }, frameId: 0 });
  await setSettings({ session, patch: {} });
  expect(errors).toEqual([]);
  await page.close();
});
