/**
 * An infinite-scroll feed: each new post is highlighted, and a bare surname posted before the
 * full name is highlighted once the full name arrives (not before). How soon is a budget (200 ms
 * after insertion), measured by `npm run bench` (page e, a feed) and only printed here.
 */
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { settledMarks } from './marks';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

/** Posts with no mention of their own (2) or whose only mention waits for the full name (1). */
const WITHOUT_OWN_MARK = new Set([1, 2]);
const FULL_NAME_POST = 3;

test('new posts are highlighted; an earlier bare surname once the full name appears', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/infinite.html`);
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done, null, {
    timeout: 10_000,
  });
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(expectedMarks('infinite'));

  const { inserted, marked } = await page.evaluate(() => {
    const w = window as unknown as { __inserted: number[]; __marked: (number | null)[] };
    return { inserted: w.__inserted, marked: [...w.__marked].map((t) => t ?? null) };
  });
  const latencies: number[] = [];
  inserted.forEach((at, i) => {
    if (WITHOUT_OWN_MARK.has(i)) return;
    expect(marked[i], `post ${i} highlighted`).not.toBeNull();
    latencies.push((marked[i] ?? Number.NaN) - at);
  });
  // The bare "Novak" of post 1 is marked, and only after post 3 names him in full.
  expect(marked[1]).not.toBeNull();
  const deferred = (marked[1] ?? Number.NaN) - (inserted[FULL_NAME_POST] ?? 0);
  expect(deferred).toBeGreaterThanOrEqual(0);
  expect(marked[2]).toBeNull();
  console.info(
    `[highlight-infinite] time to highlight per post (ms): ${latencies.map((l) => l.toFixed(1)).join(', ')}; bare surname after full name: ${deferred.toFixed(1)}`,
  );
  expect(errors).toEqual([]);
  await page.close();
});
