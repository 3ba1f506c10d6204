/**
 * Big pages and bursts: a 2 MB page switched on is highlighted completely, and 10,000 nodes
 * added in one page task are all highlighted too. The page is built by a script (a mention in
 * every 40th paragraph), so its expected marks are stored as that pattern (burst.marks.json) and
 * expanded here. How long that takes and whether any task runs 50 ms or more is a budget, not a
 * behaviour: `npm run bench` measures it (scripts/bench/burst.mjs), on the same page.
 */
import { expect, test } from 'vitest';
import { setSettings, withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { type MarkInfo, settledMarks } from './marks';

interface BurstFixture {
  page: { paragraphsPerMention: number; cycle: MarkInfo[] };
  burst: { nodes: number; nodesPerMention: number; mark: MarkInfo };
}

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

test('2 MB page switched on, then a burst of 10,000 nodes: every mention', async () => {
  const fixture = expectedMarks<BurstFixture>('burst');
  // Start switched off, so the page's own load and first rendering are over before we begin.
  await setSettings({ session, patch: { enabled: false } });
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/burst.html`);
  const paragraphs = await page.evaluate(
    () => (window as unknown as { __paragraphs: number }).__paragraphs,
  );
  const pageMarks = Array.from(
    { length: Math.ceil(paragraphs / fixture.page.paragraphsPerMention) },
    (_, k) => fixture.page.cycle[k % fixture.page.cycle.length],
  );

  await setSettings({ session, patch: {} });
  expect(
    await settledMarks({ page, atLeast: pageMarks.length, timeoutMs: 30_000, shadowRoots: false }),
  ).toEqual(pageMarks);

  // The burst: the page's own task adds 10,000 paragraphs.
  await page.evaluate(
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
  expect(errors).toEqual([]);
  await page.close();
});
