/**
 * Pieces of the highlighter's end-to-end tests: the behaviour fixtures and the expected marks
 * stored beside each, and a record of the `mentions` messages the background receives.
 * (Starting the browser, settings and reading marks are shared: harness.ts, marks.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'wxt/browser';
import { type ExtensionSession, ROOT } from './harness';
import type { MarkInfo } from './marks';

/** The extension APIs inside `serviceWorker.evaluate` callbacks (they run in the worker). */
declare const chrome: typeof Browser;
/** What the service worker keeps of the `mentions` messages it received (see recordMentions). */
declare const self: { __mentions?: { message: unknown; frameId?: number }[] };

export const BEHAVIOUR_DIR = join(ROOT, 'tests/fixtures/behaviour');

/** The expected marks stored beside a fixture: `<name>.marks.json`. */
export function expectedMarks<T = MarkInfo[]>(name: string): T {
  return JSON.parse(readFileSync(join(BEHAVIOUR_DIR, `${name}.marks.json`), 'utf8')) as T;
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
