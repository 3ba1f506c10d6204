/**
 * The content script's side of the messages: `summary` answers what the page holds, `jump`
 * scrolls to and flashes the next mention of an entity (cycling), `next-mention` focuses the
 * next mention after the focus, and `mentions` reports counts to the background.
 */
import { expect, test } from 'vitest';
import { sendToPages, setSettings, withExtension } from './harness';
import {
  BEHAVIOUR_DIR,
  expectedMarks,
  recordedMentions,
  recordMentions,
} from './highlight-support';
import { settledMarks } from './marks';
import { focused, targetOn } from './popover-helpers';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

const COUNTS = { putin: 3, 'kim-jong-un': 2, lavrov: 1 };

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
    disputes: {},
  });
  await expect
    .poll(async () => (await recordedMentions(session)).at(-1))
    .toEqual({ message: { type: 'mentions', counts: COUNTS, total: 6, disputes: {} }, frameId: 0 });

  // jump: the Putin mentions in turn (0, 3, 4), then around again; each scrolled to and flashed.
  const flashed = async () => {
    const on = await targetOn(page);
    return on.flashing ? on.index : -1;
  };
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

  // next-mention: after the focused link comes the Lavrov mention; then onwards, wrapping
  // round. Each gets the interaction target and focus, and its card opens with focus inside
  // (so the next command goes on from the mention focused last).
  await page.focus('#link');
  for (const index of [2, 3, 4, 5, 0, 1]) {
    await sendToPages({ session, message: { type: 'next-mention' } });
    await expect.poll(async () => (await targetOn(page)).index).toBe(index);
    await expect.poll(() => focused(page)).toBe('dialog');
  }

  // The page removes an element holding two mentions: counts follow.
  await page.evaluate(() => document.getElementById('bottom')?.remove());
  const afterRemoval = { putin: 2, 'kim-jong-un': 1, lavrov: 1 };
  await expect
    .poll(async () => (await recordedMentions(session)).at(-1))
    .toEqual({
      message: { type: 'mentions', counts: afterRemoval, total: 4, disputes: {} },
      frameId: 0,
    });
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
      disputes: {},
    });
  await expect
    .poll(async () => (await recordedMentions(session)).at(-1))
    .toEqual({ message: { type: 'mentions', counts: {}, total: 0, disputes: {} }, frameId: 0 });
  await setSettings({ session, patch: {} });
  expect(errors).toEqual([]);
  await page.close();
});
