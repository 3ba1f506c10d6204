/**
 * The popup's link to the page it was opened over: which tab, what its content script found,
 * and how to ask it to jump. Browser calls only; what to show is decided in App.tsx.
 */
import { browser } from 'wxt/browser';
import { type Message, parseSummary, type Summary } from '@/core/messages';

/**
 * The tab the popup belongs to: the active tab of its window. End-to-end tests open popup.html
 * as an ordinary tab, whose active tab is the popup itself, so they name the page's tab with
 * `?tab=<id>`; the toolbar never adds a query, so real use is unaffected.
 */
export async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function send(tabId: number, message: Message): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * Asks the tab's content script what it found. Null when there is none: browser pages and the
 * extension stores, where extensions may not run, and pages opened before the extension was
 * installed. A page still loading may not have its content script yet, so a missing answer is
 * retried briefly before giving up.
 */
export async function requestSummary({
  tabId,
  attempts = 3,
}: {
  tabId: number;
  attempts?: number;
}): Promise<Summary | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const summary = parseSummary(await send(tabId, { type: 'summary' }));
      if (summary) return summary;
    } catch {
      // "Receiving end does not exist": no content script (yet).
    }
    if (attempt < attempts) await new Promise((done) => setTimeout(done, 250));
  }
  return null;
}

/** Asks the tab to scroll to the next mention of an entity or statement of a dispute. */
export async function jump({
  tabId,
  message,
}: {
  tabId: number;
  message: Extract<Message, { type: 'jump' | 'jump-statement' }>;
}): Promise<void> {
  try {
    await send(tabId, message);
  } catch {
    // The page went away under the popup; the next summary will say so.
  }
}
