/**
 * Issue 14, item 4: a page can neither detect the content script through WXT's start-up
 * handshake nor end it by forging or replaying that handshake. tests/fixtures/hostile/detect.html
 * (a served frame and a srcdoc frame inside) records every window `message` and WXT's
 * `<id>:<script>:wxt:content-script-started` event in each frame, then dispatches forgeries of
 * the event and replays any it caught; highlighting must go on in every frame.
 */
import type { Frame } from 'playwright-core';
import { expect, test } from 'vitest';
import { sendToPages, withExtension } from '../harness';
import { HOSTILE_FIXTURES, highlightCount, poll } from './hostile-helpers';

const { session, server } = withExtension({ fixtures: HOSTILE_FIXTURES });

interface Seen {
  messages: string[];
  events: { type: string; detail: string | null }[];
}

const seenIn = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { __hostile: { seen: Seen } }).__hostile.seen);

test('no frame hears from the extension, and a forged or replayed start-up event ends nothing', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/detect.html#ext=${session.extensionId}`);
  const frames = page.frames();
  expect(frames).toHaveLength(3);
  for (const frame of frames) {
    expect(
      await poll(
        () => highlightCount(frame),
        (n) => n > 0,
        10_000,
      ),
    ).toBeGreaterThan(0);
  }
  // Highlighting has started in every frame, so both content scripts have run there.
  const heard = await Promise.all(frames.map(seenIn));
  console.info(
    `[hostile/detect] heard per frame: ${heard
      .map((s) => `${s.messages.length} message(s), ${s.events.length} start-up event(s)`)
      .join('; ')}`,
  );
  for (const seen of heard) expect(seen).toEqual({ messages: [], events: [] });

  const before = await Promise.all(frames.map(highlightCount));
  for (const frame of frames) {
    await frame.evaluate(() =>
      (window as unknown as { __hostile: { attack(): unknown } }).__hostile.attack(),
    );
  }
  // New text after the attack is highlighted in every frame, and nothing was taken down.
  for (const frame of frames) {
    await frame.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Roscosmos chief Yuri Borisov spoke.';
      document.body.append(p);
    });
  }
  const after = await Promise.all(
    frames.map((frame, i) =>
      poll(
        () => highlightCount(frame),
        (n) => n > (before[i] ?? 0),
      ),
    ),
  );
  console.info(`[hostile/detect] highlights per frame: ${before.join(', ')} → ${after.join(', ')}`);
  after.forEach((n, i) => {
    expect(n).toBe((before[i] ?? 0) + 1);
  });
  // The top frame still answers the popup.
  const summary = (await sendToPages({ session, message: { type: 'summary' } })) as {
    active: boolean;
  };
  expect(summary?.active).toBe(true);
  expect(await seenIn(page.mainFrame())).toEqual({ messages: [], events: [] });
  expect(errors).toEqual([]);
  await page.close();
});
