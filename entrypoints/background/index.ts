/**
 * Background: the toolbar badge, the keyboard commands and opening the source viewer. Wiring
 * only; each concern lives in its own module. Listeners are registered synchronously, as a
 * Manifest V3 service worker that wakes up for an event must find them at once.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '@/core/settings';
import { readSettings, watchSettings } from '@/utils/settings';
import { refreshAllTabs, styleBadge } from './badge';
import { handleCommand } from './commands';
import { handleMessage } from './messages';

export default defineBackground({
  // Firefox (Manifest V2): an event page, like Chrome's service worker; nothing here needs to
  // stay in memory. (The builds' other differences: utils/platform.ts.)
  persistent: false,
  main() {
    let cached: Promise<Settings> = readSettings();
    const settings = () => cached;

    watchSettings((next) => {
      const previous = cached;
      cached = Promise.resolve(next);
      void previous.then((old) => {
        if (old.showBadge !== next.showBadge) void refreshAllTabs({ settings: next });
      });
    });

    styleBadge();

    browser.runtime.onMessage.addListener((input, sender) =>
      handleMessage({ input, sender, settings }),
    );

    browser.commands.onCommand.addListener((command, tab) => {
      void handleCommand({ command, tabId: tab?.id }).then((outcome) => {
        if (outcome !== 'sent' && !outcome.startsWith('toggled')) {
          console.info(`[treaty-lens] command ${command}: ${outcome}`);
        }
      });
    });
  },
});
