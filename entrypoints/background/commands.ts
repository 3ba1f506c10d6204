/**
 * Keyboard commands (manifest `commands`). The host of the active tab comes from its content
 * script's `summary` answer, so the extension needs neither the `tabs` nor the `activeTab`
 * permission to read tab URLs.
 */
import { browser } from 'wxt/browser';
import { parseSummary } from '@/core/messages';
import { SettingsWriteError, toggleSite } from '@/utils/settings';

export const COMMANDS = ['toggle-site', 'next-mention'] as const;
export type Command = (typeof COMMANDS)[number];

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/**
 * Runs one command against a tab (the active one unless given). Resolves to what happened, so
 * the end-to-end test and the console can tell a refused command from a done one.
 */
export async function handleCommand({
  command,
  tabId,
}: {
  command: string;
  tabId?: number;
}): Promise<CommandOutcome> {
  if (!(COMMANDS as readonly string[]).includes(command)) return 'unknown-command';
  const target = tabId ?? (await activeTabId());
  if (target === undefined) return 'no-content-script';
  let host: string;
  try {
    if (command === 'next-mention') {
      await browser.tabs.sendMessage(target, { type: 'next-mention' });
      return 'sent';
    }
    const summary = parseSummary(await browser.tabs.sendMessage(target, { type: 'summary' }));
    if (!summary || summary.host === '') return 'no-content-script';
    host = summary.host;
  } catch {
    // Browser pages and the web store have no content script to talk to.
    return 'no-content-script';
  }
  try {
    const settings = await toggleSite({ host });
    await showNotSaved({ tabId: target, message: null });
    return settings.disabledSites.includes(host) ? 'toggled-off' : 'toggled-on';
  } catch (error) {
    const message =
      error instanceof SettingsWriteError ? error.message : `Not saved: ${String(error)}`;
    await showNotSaved({ tabId: target, message });
    return 'not-saved';
  }
}

export type CommandOutcome =
  | 'toggled-on'
  | 'toggled-off'
  | 'sent'
  | 'not-saved'
  | 'no-content-script'
  | 'unknown-command';

/** What the toolbar button shows on a tab whose site switch the shortcut could not save. */
export const NOT_SAVED_BADGE = '!';
const TITLE = 'Treaty Lens';

/**
 * A shortcut has no page of its own to show an error on, and notifications would need a
 * permission: the tab's toolbar button says it instead — "!" on the badge, the reason in its
 * tooltip — until the next shortcut there succeeds or the tab's count is shown again.
 */
async function showNotSaved({ tabId, message }: { tabId: number; message: string | null }) {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setTitle({ tabId, title: message ? `${TITLE}: ${message}` : TITLE });
    if (message) await action.setBadgeText({ tabId, text: NOT_SAVED_BADGE });
  } catch {
    // The tab closed meanwhile.
  }
}
