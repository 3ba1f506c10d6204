/**
 * Shared pieces of the hostile-page suite (tests/e2e/hostile/): one fixture page per attack in
 * tests/fixtures/hostile/ (its README lists them), and ways to read what the extension shows
 * as the page's own world sees it (the `treaty-lens-*` CSS Custom Highlights of the page contract).
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from '../harness';

export const HOSTILE_FIXTURES = join(ROOT, 'tests/fixtures/hostile');

/**
 * How many mentions the document shows highlighted: the ranges of its `treaty-lens-<entity id>`
 * CSS highlights, as the page's own world sees them.
 */
export function highlightCount(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    let count = 0;
    const registry = (globalThis as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS
      ?.highlights;
    if (registry) {
      for (const [name, highlight] of registry) {
        if (name.startsWith('treaty-lens-') && !name.startsWith('treaty-lens-dispute-'))
          count += highlight.size;
      }
    }
    return count;
  });
}

/** Polls `read` until `done` holds or the time runs out; returns the last value read. */
export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
