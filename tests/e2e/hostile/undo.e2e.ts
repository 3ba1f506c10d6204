/**
 * A page that keeps undoing highlights gets bounded work (issue #14, item 5). With CSS
 * highlights "undo" is either replacing text nodes with copies (a framework re-rendering in a
 * loop: the old ranges collapse) or deleting our entries from CSS.highlights. The same text under
 * the same parent is highlighted again at most MAX_READDS times; our registry entries are put
 * back at most MAX_RESTORES times per document, then the extension leaves the page alone.
 * Counted by the page itself every animation frame (tests/fixtures/hostile/undo.html): a
 * page-world wrapper around CSS.highlights.set would see nothing, since content scripts call
 * their own world's copy of the API.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { MAX_READDS, MAX_RESTORES } from '../../../entrypoints/highlighter.content/repaint-guard';
import { ROOT, withExtension } from '../harness';
import { waitMention } from '../popover-helpers';

const { session, server } = withExtension({ fixtures: `${ROOT}/tests/fixtures/hostile` });

const counts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __registrations: number; __highlightedNodes: Set<Node> };
    return { registrations: w.__registrations, nodes: w.__highlightedNodes.size };
  });

test('a paragraph re-rendered forever is highlighted again at most MAX_READDS times', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/undo.html`);
  await waitMention(page, 'putin');
  await page.evaluate(() =>
    (window as unknown as { __startUndoing(o: object): void }).__startUndoing({ registry: false }),
  );
  await page.waitForTimeout(2_000);
  const settled = await counts(page);
  await page.waitForTimeout(1_000); // some 33 more re-renders
  const later = await counts(page);
  // The first node, then at most MAX_READDS copies; and then nothing more, however long.
  expect(settled.nodes).toBeGreaterThan(1);
  expect(settled.nodes).toBeLessThanOrEqual(1 + MAX_READDS);
  expect(later.nodes).toBe(settled.nodes);
  console.info(`[hostile-undo] re-render loop: ${settled.nodes} nodes highlighted, then none`);
  expect(errors).toEqual([]);
  await page.close();
});

test('a page deleting our CSS.highlights entries every frame gets them back at most MAX_RESTORES times', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/undo.html`);
  await waitMention(page, 'kim-jong-un');
  const before = await counts(page);
  await page.evaluate(() =>
    (window as unknown as { __startUndoing(o: object): void }).__startUndoing({ registry: true }),
  );
  await page.waitForTimeout(2_000);
  const settled = await counts(page);
  await page.waitForTimeout(1_000); // ten more paragraphs to highlight, 60 more wipes
  const later = await counts(page);
  // Each entity's first registration (Lavrov's comes with the feed), then at most
  // MAX_RESTORES puts-back in all, then none.
  const entities = 3;
  expect(settled.registrations).toBeGreaterThan(before.registrations);
  expect(settled.registrations).toBeLessThanOrEqual(entities + MAX_RESTORES);
  expect(later.registrations).toBe(settled.registrations);
  console.info(
    `[hostile-undo] registry wipes: ${settled.registrations} registrations seen by the page, then none`,
  );
  expect(errors).toEqual([]);
  await page.close();
});
