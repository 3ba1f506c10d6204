/**
 * Keyboard commands (manifest `commands`). The host of the active tab comes from its content
 * script's `summary` answer, so the extension needs neither the `tabs` nor the `activeTab`
 * permission to read tab URLs.
 */
import { browser } from 'wxt/browser';
import { parseSummary } from '@/core/messages';
import { toggleSite } from '@/utils/settings';

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
}): Promise<'toggled-on' | 'toggled-off' | 'sent' | 'no-content-script' | 'unknown-command'> {
  if (!(COMMANDS as readonly string[]).includes(command)) return 'unknown-command';
  const target = tabId ?? (await activeTabId());
  if (target === undefined) return 'no-content-script';
  try {
    if (command === 'next-mention') {
      await browser.tabs.sendMessage(target, { type: 'next-mention' });
      return 'sent';
    }
    const summary = parseSummary(await browser.tabs.sendMessage(target, { type: 'summary' }));
    if (!summary || summary.host === '') return 'no-content-script';
    const settings = await toggleSite({ host: summary.host });
    return settings.disabledSites.includes(summary.host) ? 'toggled-off' : 'toggled-on';
  } catch {
    // Browser pages and the web store have no content script to talk to.
    return 'no-content-script';
  }
}
