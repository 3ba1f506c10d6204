/**
 * Big pages and bursts cost bounded work: a 2 MB page is highlighted in slices (no task of 50 ms
 * or more while it happens), and 10,000 nodes added in one task are highlighted without a long
 * task afterwards. The page is built by a script (a mention in every 40th paragraph), so its
 * expected marks are stored as that pattern (burst.marks.json) and expanded here.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { setSettings, withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { type MarkInfo, settledMarks } from './marks';

interface BurstFixture {
  page: { paragraphsPerMention: number; cycle: MarkInfo[] };
  burst: { nodes: number; nodesPerMention: number; mark: MarkInfo };
}

/** What the Long Tasks API calls long. */
const LONG_TASK_MS = 50;
/**
 * Our share of the page's burst task: the browser builds 10,000 mutation records for our
 * observer, then our callback runs one 8 ms slice (measured: 9–12 ms in the callback, 20–60 ms
 * of task after the page's observer, garbage collection included). Handling all 10,000 records
 * in the callback, as a first version did, made it 70–190 ms.
 */
const BURST_TAIL_MS = 100;

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

/** Long tasks (start+duration, ms, relative to `since`) that began after `since`. */
const longTasksSince = (page: Page, since: number) =>
  page.evaluate(
    ({ t, long }) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((task) => task.start >= t && task.duration >= long)
        .map((task) => `${Math.round(task.start - t)}+${Math.round(task.duration)}`),
    { t: since, long: LONG_TASK_MS },
  );

/**
 * How long the long task that was running at `at` (the page's own burst task) went on after it:
 * the page's observer and our mutation callback, which must do only one slice there.
 */
const tailAfter = (page: Page, at: number) =>
  page.evaluate(
    (t) =>
      Math.round(
        Math.max(
          0,
          ...(
            window as unknown as { __longTasks: { start: number; duration: number }[] }
          ).__longTasks
            .filter((task) => task.start < t && task.start + task.duration > t)
            .map((task) => task.start + task.duration - t),
        ),
      ),
    at,
  );

/**
 * One run: load the page switched off, switch on, let the 2 MB page be highlighted, then add the
 * burst. Returns the long tasks seen after switching on and after the burst's own task.
 */
async function run(fixture: BurstFixture) {
  // Start switched off, so the page's own load and first rendering are over before we begin.
  await setSettings({ session, patch: { enabled: false } });
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/burst.html`);
  const paragraphs = await page.evaluate(() => {
    const w = window as unknown as { __paragraphs: number };
    return new Promise<number>((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done(w.__paragraphs))),
    );
  });
  await page.waitForTimeout(1_500);
  const pageMarks = Array.from(
    { length: Math.ceil(paragraphs / fixture.page.paragraphsPerMention) },
    (_, k) => fixture.page.cycle[k % fixture.page.cycle.length],
  );

  const switchedOn = await page.evaluate(() => performance.now());
  await setSettings({ session, patch: {} });
  expect(
    await settledMarks({ page, atLeast: pageMarks.length, timeoutMs: 30_000, shadowRoots: false }),
  ).toEqual(pageMarks);
  const afterSwitchOn = await longTasksSince(page, switchedOn);

  // The burst: the page's own task adds 10,000 paragraphs; our share of that task is one slice.
  const burstEnd = await page.evaluate(
    (count) => (window as unknown as { __burst: (n: number) => number }).__burst(count),
    fixture.burst.nodes,
  );
  const burstMarks = Array.from(
    { length: fixture.burst.nodes / fixture.burst.nodesPerMention },
    () => fixture.burst.mark,
  );
  expect(
    await settledMarks({
      page,
      atLeast: pageMarks.length + burstMarks.length,
      timeoutMs: 30_000,
      shadowRoots: false,
    }),
  ).toEqual([...pageMarks, ...burstMarks]);
  const afterBurst = await longTasksSince(page, burstEnd);
  const burstTaskTail = await tailAfter(page, burstEnd);
  // Settled: the list had been the same for settledMarks' quiet time (300 ms) before this.
  const lastMark = (await page.evaluate(() => performance.now())) - 300;
  console.info(
    `[highlight-burst] 2 MB page: ${pageMarks.length} marks; burst of ${fixture.burst.nodes} nodes fully highlighted at most ${Math.round(lastMark - burstEnd)} ms after the page's task (polled); long tasks after switching on: [${afterSwitchOn}], after the burst: [${afterBurst}]; the burst's task went on ${burstTaskTail} ms after the page's loop and observer`,
  );
  expect(errors).toEqual([]);
  await page.close();
  return { afterSwitchOn, afterBurst, burstTaskTailIsShort: burstTaskTail < BURST_TAIL_MS };
}

/**
 * Work that is not sliced makes a long task every time; a garbage-collection pause or the
 * machine's other load (2 cores, the test runner) only now and then. So a run with no long
 * task at all within three runs passes, and each run checks every mark.
 */
const RUNS = 3;

test('2 MB page in slices, then a burst of 10,000 nodes: every mention, no long task', async () => {
  const fixture = expectedMarks<BurstFixture>('burst');
  const seen: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await run(fixture);
    seen.push(result);
    const clean = { afterSwitchOn: [], afterBurst: [], burstTaskTailIsShort: true };
    if (JSON.stringify(result) === JSON.stringify(clean)) break;
  }
  expect(seen.at(-1), JSON.stringify(seen)).toEqual({
    afterSwitchOn: [],
    afterBurst: [],
    burstTaskTailIsShort: true,
  });
});
