/**
 * Shared pieces of the highlighter's end-to-end tests: reading the marks a page holds (in
 * document order, open shadow roots included), waiting for them to settle, the expected marks
 * stored beside each fixture, and changing the reader's settings the way the popup does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { type ExtensionSession, launchExtension, ROOT, serveDir } from './harness';

/** The extension API as the service worker sees it (only what these tests call). */
declare const chrome: {
  storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: {
    query(filter: Record<string, never>): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: {
    onMessage: {
      addListener(listener: (message: unknown, sender: { frameId?: number }) => void): void;
    };
  };
};
/** What the service worker keeps of the `mentions` messages it received (see recordMentions). */
declare const self: { __mentions?: { message: unknown; frameId?: number }[] };

export const BEHAVIOUR_DIR = join(ROOT, 'tests/fixtures/behaviour');

export interface FixtureBrowser {
  readonly session: ExtensionSession;
  /** The fixture server's origin, e.g. `http://127.0.0.1:43210`. */
  readonly url: string;
}

/**
 * Registers the hooks a highlighter test file needs: Chromium with the built extension, and a
 * static server for the fixtures (`dir` may build the directory first). The browser closes
 * before the server: an open browser can hold a preconnected socket that keeps the server's
 * close waiting for a minute.
 */
export function fixtureBrowser({
  dir = async () => BEHAVIOUR_DIR,
}: {
  dir?: () => Promise<string>;
} = {}): FixtureBrowser {
  let session: ExtensionSession | undefined;
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  beforeAll(async () => {
    const root = await dir();
    session = await launchExtension();
    server = await serveDir(root);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('fixtureBrowser: used outside a test');
    return value;
  };
  return {
    get session() {
      return ready(session);
    },
    get url() {
      return ready(server).url;
    },
  };
}

export interface MarkInfo {
  entity: string | null;
  text: string | null;
}

/**
 * Every `<mark data-treaty-lens>` in the frame, in document order, shadow roots included. With
 * `shadowRoots: false`, the light DOM only, through one native query: reading a 2 MB page node
 * by node would itself be a long task in the page being measured.
 */
export function readMarks(
  target: Page | Frame,
  { shadowRoots = true }: { shadowRoots?: boolean } = {},
): Promise<MarkInfo[]> {
  return target.evaluate((withShadowRoots) => {
    const marks: { entity: string | null; text: string | null }[] = [];
    const add = (mark: Element) =>
      marks.push({ entity: mark.getAttribute('data-treaty-lens'), text: mark.textContent });
    if (!withShadowRoots) {
      for (const mark of document.querySelectorAll('mark[data-treaty-lens]')) add(mark);
      return marks;
    }
    const visit = (node: Node) => {
      for (const child of node.childNodes) {
        if (child instanceof Element) {
          if (child.localName === 'mark' && child.hasAttribute('data-treaty-lens')) add(child);
          if (child.shadowRoot) visit(child.shadowRoot);
        }
        visit(child);
      }
    };
    visit(document);
    return marks;
  }, shadowRoots);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The marks once they stop changing: polled until the list stays the same for `quietMs`.
 * Fails after `timeoutMs` if the page never settles.
 */
export async function settledMarks(
  target: Page | Frame,
  { quietMs = 300, timeoutMs = 10_000, atLeast = 0, shadowRoots = true } = {},
): Promise<MarkInfo[]> {
  const start = Date.now();
  let last = JSON.stringify(await readMarks(target, { shadowRoots }));
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await sleep(50);
    const marks = await readMarks(target, { shadowRoots });
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

/**
 * Sends a message to every tab, as the popup or the background would to one, and returns the
 * first answer. (Without the tabs permission the worker cannot see tab URLs to pick one; tabs
 * without the content script refuse the message, which is ignored.)
 */
export function sendToPages(session: ExtensionSession, message: unknown): Promise<unknown> {
  return session.serviceWorker.evaluate(async (msg) => {
    const answers: unknown[] = [];
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        answers.push(await chrome.tabs.sendMessage(tab.id, msg));
      } catch {
        // No content script in that tab (e.g. the browser's first blank tab).
      }
    }
    return answers.find((answer) => answer !== undefined);
  }, message);
}

/** Starts keeping every `mentions` message the service worker receives. */
export function recordMentions(session: ExtensionSession): Promise<void> {
  return session.serviceWorker.evaluate(() => {
    self.__mentions = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === 'mentions') self.__mentions?.push({ message, frameId: sender.frameId });
    });
  });
}

export function recordedMentions(
  session: ExtensionSession,
): Promise<{ message: unknown; frameId?: number }[]> {
  return session.serviceWorker.evaluate(() => self.__mentions ?? []);
}
