/**
 * Shared pieces of the highlighter's end-to-end tests: reading the marks a page holds (in
 * document order, open shadow roots included), waiting for them to settle, the expected marks
 * stored beside each fixture, and changing the reader's settings the way the popup does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { type ExtensionSession, ROOT } from './harness';

/** The extension API as the service worker sees it (only what these tests call). */
declare const chrome: {
  storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
};

export const BEHAVIOUR_DIR = join(ROOT, 'tests/fixtures/behaviour');

export interface MarkInfo {
  entity: string | null;
  text: string | null;
}

/** Every `<mark data-treaty-lens>` in the frame, in document order, shadow roots included. */
export function readMarks(target: Page | Frame): Promise<MarkInfo[]> {
  return target.evaluate(() => {
    const marks: { entity: string | null; text: string | null }[] = [];
    const visit = (node: Node) => {
      for (const child of node.childNodes) {
        if (child instanceof Element) {
          if (child.localName === 'mark' && child.hasAttribute('data-treaty-lens')) {
            marks.push({ entity: child.getAttribute('data-treaty-lens'), text: child.textContent });
          }
          if (child.shadowRoot) visit(child.shadowRoot);
        }
        visit(child);
      }
    };
    visit(document);
    return marks;
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The marks once they stop changing: polled until the list stays the same for `quietMs`.
 * Fails after `timeoutMs` if the page never settles.
 */
export async function settledMarks(
  target: Page | Frame,
  { quietMs = 300, timeoutMs = 10_000, atLeast = 0 } = {},
): Promise<MarkInfo[]> {
  const start = Date.now();
  let last = JSON.stringify(await readMarks(target));
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await sleep(50);
    const marks = await readMarks(target);
    const now = JSON.stringify(marks);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && marks.length >= atLeast) {
      return marks;
    }
  }
  throw new Error(`marks did not settle within ${timeoutMs} ms: ${last}`);
}

/** The expected marks stored beside a fixture: `<name>.marks.json`. */
export function expectedMarks<T = MarkInfo[]>(name: string): T {
  return JSON.parse(readFileSync(join(BEHAVIOUR_DIR, `${name}.marks.json`), 'utf8')) as T;
}

/** Stores settings as the popup would (sync storage, key `settings`); unset fields default. */
export async function setSettings(
  session: ExtensionSession,
  patch: Partial<Settings>,
): Promise<void> {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...patch };
  await session.serviceWorker.evaluate(
    (value) => chrome.storage.sync.set({ settings: value }),
    settings,
  );
}
