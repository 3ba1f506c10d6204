/**
 * Pieces of the Firefox card tests: where a highlight is on screen, and where focus is. Both
 * read the page as an outside check would: a highlight through `CSS.highlights`, focus through
 * the host's closed shadow root (see shadowRootOf).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';
import { mentionRectsInPage } from '../e2e/marks';
import { shadowRootOf } from './firefox';

export const FIXTURES = join(ROOT, 'tests/fixtures/popover');

/** Entity names from data/, read independently of the extension's code. */
export const NAMES: Record<string, string> = Object.fromEntries(
  (
    JSON.parse(readFileSync(join(ROOT, 'data/entities.json'), 'utf8')) as {
      id: string;
      name: string;
    }[]
  ).map((e) => [e.id, e.name]),
);

/** Where to put the pointer on a highlight; waits for it to exist. */
export async function highlightPoint({
  page,
  entity,
  nth = 0,
}: {
  page: Page;
  entity: string;
  nth?: number;
}) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    // The centre of the first line box, scrolled into the middle of the viewport first.
    const box = (await page.evaluate(mentionRectsInPage, { entity, nth, scroll: true }))?.[0];
    if (box) {
      return {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        top: box.y,
      };
    }
    if (Date.now() > deadline) throw new Error(`no highlight #${nth} of ${entity}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Where focus is: `dialog` (inside the extension's card), `highlight` (a highlight of the page or
 * the extension's focus target over one), `host` (the host itself), or the focused element's tag.
 */
export async function focusIn(page: Page): Promise<string> {
  const active = (await page.evaluateHandle(
    () => document.activeElement,
  )) as ElementHandle<Element> | null;
  if (!active?.asElement()) return 'none';
  const outside = await active.evaluate((el) => el.localName);
  const root = shadowRootOf(active);
  if (!root) return outside;
  return root.evaluate((r) => {
    const inner = r.activeElement;
    if (!inner) return 'host';
    return inner.closest('[role="dialog"]') ? 'dialog' : 'highlight';
  });
}

/** A point away from any highlight and from where the card opens. */
export async function parkPointer(page: Page): Promise<void> {
  const box = await page.$eval('#plain', (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.right - 5, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
}
