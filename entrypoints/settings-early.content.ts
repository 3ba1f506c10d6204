/**
 * Starts the settings feed (utils/settings-feed.ts) at document_start, so that storage has
 * answered by the time the highlighter runs at document_idle: the highlighter then starts
 * without a storage round trip in front of its first highlight. Every page and frame runs it,
 * so it holds nothing else.
 */
// First: WXT's start-up handshake must not reach the page (see the module).
import '@/utils/content-guard';
import { defineContentScript } from '#imports';
import { startSettingsFeed } from '@/utils/settings-feed';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  // Its WXT context is never used: no `message` event for the page's listeners in every frame.
  noScriptStartedPostMessage: true,
  main() {
    startSettingsFeed();
  },
});
