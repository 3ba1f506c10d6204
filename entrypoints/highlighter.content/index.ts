/**
 * The highlighter content script: wiring only. Every frame of every page gets its own instance
 * (allFrames; about:blank and srcdoc frames through matchAboutBlank). Everything it starts —
 * observer, listeners, timers, marks — ends with WXT's context (extension update or removal).
 *
 * It runs on every page and frame, so it loads nothing it does not need there: no zod (settings
 * and messages are parsed by core/settings.ts and core/content-messages.ts), and the
 * popover's card only when a reader first points at a highlight (./popover.tsx).
 */
// First: WXT's start-up handshake must not reach the page (see the module).
import '@/utils/content-guard';
import { browser, type ContentScriptContext, defineContentScript } from '#imports';
import { parseContentMessage } from '@/core/content-messages';
import { loadMatcher } from '@/core/matcher';
import type { Summary } from '@/core/messages';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '@/core/settings';
import { takeSettingsFeed } from '@/utils/stored-settings';
import { COMPILED_MATCHER, ENTITIES } from './entities';
import { Highlighter, type Scheduler } from './highlighter';
import { pageHost } from './host';
import { MentionNavigator } from './navigation';
import { installPopover } from './popover';
import { createMentionReporter } from './report';
import { MarkStyles } from './styles';

/** Chromium's (and Firefox's) prioritised task scheduling, where the browser has it. */
type PostTask = (callback: () => void, options: { priority: 'user-blocking' }) => Promise<void>;

/** WXT's context (its timers die with the content script), plus urgent tasks that do too. */
function contentScheduler(ctx: ContentScriptContext): Scheduler {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  return {
    requestIdleCallback: (callback, options) => ctx.requestIdleCallback(callback, options),
    requestAnimationFrame: (callback) => ctx.requestAnimationFrame(callback),
    setTimeout: (handler, timeout) => ctx.setTimeout(handler, timeout),
    urgent: postTask
      ? (handler) => {
          const run = () => {
            if (ctx.isValid) handler();
          };
          // The task is never aborted: a rejection is the handler's own error, reported as a
          // timer's would be.
          postTask
            .call((globalThis as { scheduler?: unknown }).scheduler, run, {
              priority: 'user-blocking',
            })
            .catch(reportError);
        }
      : undefined,
  };
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // No `message` event for the page in every frame saying that Treaty Lens runs.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const host = pageHost();
    const isTopFrame = window === window.top;
    // The defaults only until storage answers, before anything is shown: the highlighter is
    // made now so that the matcher gets ready in that wait (see preload). The settings-early
    // content script asked storage at document_start, so the answer is usually here already;
    // when it did not run in this frame, the feed starts now.
    let settings: Settings = DEFAULT_SETTINGS;
    const feed = takeSettingsFeed();
    const stored = feed.current();

    const styles = new MarkStyles({ style: settings.style });
    const highlighter: Highlighter = new Highlighter({
      document,
      createMatcher: () => loadMatcher(COMPILED_MATCHER),
      entities: ENTITIES,
      styles,
      scheduler: contentScheduler(ctx),
      kinds: settings.kinds,
      tabOrder: settings.tabOrder,
      // The badge counts the top frame's page (the background ignores counts from frames).
      onChange: () => {
        if (isTopFrame) report();
      },
    });
    highlighter.preload();
    settings = await stored;
    if (ctx.isInvalid) return;

    const report = createMentionReporter({ ctx, tally: () => highlighter.tally() });
    const popover = installPopover({ ctx, getSettings: () => settings });
    const navigator = new MentionNavigator({ ctx, highlighter, popover, document });

    const apply = (next: Settings) => {
      settings = next;
      styles.setStyle(next.style);
      highlighter.setOptions({ kinds: next.kinds, tabOrder: next.tabOrder });
      if (isActiveOn({ settings: next, host })) {
        highlighter.start();
      } else {
        popover.close();
        highlighter.stop();
      }
    };
    // Subscribed in the task `stored` resolved in: no change falls between the two.
    apply(settings);
    ctx.onInvalidated(feed.subscribe(apply));
    // Media queries can show text that was hidden; no mutation says so.
    ctx.addEventListener(window, 'resize', () => highlighter.recheckHidden(), { passive: true });

    // Only the top frame answers the popup and follows its commands, so one frame replies.
    const onMessage = (raw: unknown): Promise<Summary> | undefined => {
      if (!isTopFrame) return undefined;
      const message = parseContentMessage(raw);
      switch (message?.type) {
        case 'summary':
          return Promise.resolve({ active: highlighter.isActive, host, ...highlighter.tally() });
        case 'jump':
          navigator.jump(message.entity);
          return undefined;
        case 'next-mention':
          navigator.next();
          return undefined;
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      popover.destroy();
      highlighter.stop();
      styles.destroy();
    });
  },
});
