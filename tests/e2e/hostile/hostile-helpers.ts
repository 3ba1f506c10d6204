/**
 * Shared pieces of the hostile-page suite (tests/e2e/hostile/): one fixture page per attack in
 * tests/fixtures/hostile/ (its README lists them), and ways to read what the extension shows
 * that do not depend on how it shows it (`<mark>` elements or CSS Custom Highlights).
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from '../harness';

export const HOSTILE_FIXTURES = join(ROOT, 'tests/fixtures/hostile');

/**
 * How many mentions the document shows highlighted: `<mark data-treaty-lens>` elements plus the
 * ranges of `treaty-lens-*` CSS highlights (the page's own world sees both).
 */
export function highlightCount(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    let count = document.querySelectorAll('mark[data-treaty-lens]').length;
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
