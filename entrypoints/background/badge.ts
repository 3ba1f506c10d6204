/**
 * The mention count on the toolbar icon, per tab. The browser itself drops tab-specific badge
 * text when a tab loads a new document; the content script reports every change of its count
 * (`mentions`), and again when its page is restored from the back/forward cache. Tabs are not
 * asked when they finish loading: a page without a mention would answer 0, which is what the
 * browser's reset already shows, and asking made every page's content script read the settings.
 */
import { browser } from 'wxt/browser';
import { parseSummary } from '@/core/messages';
import type { Settings } from '@/core/settings';
import { toolbarAction } from '@/utils/platform';

/** Badge text for a count: empty hides the badge; four characters is what fits on the icon. */
export function badgeText({ total, showBadge }: { total: number; showBadge: boolean }): string {
  if (!showBadge || total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

export const BADGE_COLOR = '#4338ca';

export function styleBadge(): void {
  const action = toolbarAction();
  void action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  // Chrome and Firefox pick a text colour themselves when this is missing.
  if ('setBadgeTextColor' in action) void action.setBadgeTextColor({ color: '#ffffff' });
}

export async function showCount({
  tabId,
  total,
  settings,
}: {
  tabId: number;
  total: number;
  settings: Settings;
}): Promise<void> {
  try {
    await toolbarAction().setBadgeText({
      tabId,
      text: badgeText({ total, showBadge: settings.showBadge }),
    });
  } catch {
    // The tab closed between the message and now; nothing to show.
  }
}

/** Asks one tab for its count and shows it; tabs without our content script get no badge. */
export async function refreshTab({
  tabId,
  settings,
}: {
  tabId: number;
  settings: Settings;
}): Promise<void> {
  let answer: unknown = null;
  try {
    answer = await browser.tabs.sendMessage(tabId, { type: 'summary' });
  } catch {
    // No content script in this tab (browser pages, the web store, not yet loaded).
  }
  const summary = parseSummary(answer);
  await showCount({ tabId, total: summary?.active ? summary.total : 0, settings });
}

/** Re-applies every tab's badge, e.g. after the reader switched the badge on or off. */
export async function refreshAllTabs({ settings }: { settings: Settings }): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [refreshTab({ tabId: tab.id, settings })])),
  );
}
