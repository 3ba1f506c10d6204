/**
 * The loader: the content script every page and frame runs (allFrames; about:blank and srcdoc
 * frames through matchAboutBlank), so it holds next to nothing. At document_start it starts the
 * settings read; once the document is parsed it runs the matcher's prefilter over the page's
 * text (probe.ts) and, only when some text may hold a mention and highlighting is on for the
 * site, imports the highlighter (entrypoints/highlights.ts → `highlights.js`), the way the
 * highlighter imports the popover's card. A page without a mention never loads the matcher.
 *
 * Only the top frame answers the popup and follows its commands, so one frame replies.
 */
import { browser, defineContentScript } from '#imports';
import { type ContentMessage, parseContentMessage } from '@/core/content-messages';
import type { Summary } from '@/core/messages';
import { isActiveOn, type Settings } from '@/core/settings';
import { takeSettingsFeed } from '@/utils/stored-settings';
import { loadHighlights } from './chunk-loader';
import { PREFILTER, PREFILTER_ANCHORS } from './entities';
import { PageProbe } from './probe';
import { siteOf } from './site';
import type { Highlights } from './start';

/**
 * Once the document is parsed and its first frame rendered, in a task of its own: the page's
 * first style and layout are the page's own work, and a probe or a visibility check of ours
 * before them would force them into our task (and make the page's first frame wait). A hidden
 * document renders no frame: there a timer follows the parse.
 */
function parsed(
  doc: Document,
  ctx: {
    setTimeout: (handler: () => void) => number;
    requestAnimationFrame: (callback: () => void) => number;
  },
): Promise<void> {
  return new Promise((resolve) => {
    const next = () => {
      if (doc.visibilityState === 'visible') {
        ctx.requestAnimationFrame(() => ctx.setTimeout(resolve));
      } else {
        ctx.setTimeout(resolve);
      }
    };
    if (doc.readyState !== 'loading') next();
    else doc.addEventListener('DOMContentLoaded', next, { once: true });
  });
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  async main(ctx) {
    const feed = takeSettingsFeed();
    const stored = feed.current();
    await parsed(document, ctx);
    let settings: Settings = await stored;
    if (ctx.isInvalid) return;
    const site = siteOf();
    const isTopFrame = window === window.top;
    let highlights: Highlights | null = null;
    let loading = false;

    const load = () => {
      if (loading) return;
      loading = true;
      loadHighlights().then(
        (module) => {
          if (ctx.isInvalid) return;
          highlights = module.startHighlights({ ctx, settings, site, isTopFrame });
        },
        (error: unknown) => {
          loading = false;
          console.warn('[treaty-lens] could not load the highlighter', error);
        },
      );
    };
    let prefilter: RegExp | null = null;
    const probe = new PageProbe({
      doc: document,
      prefilter: () => {
        prefilter ??= new RegExp(PREFILTER.source, PREFILTER.flags);
        return prefilter;
      },
      anchors: PREFILTER_ANCHORS && new RegExp(PREFILTER_ANCHORS.source, PREFILTER_ANCHORS.flags),
      setTimeout: (handler, timeout) => ctx.setTimeout(handler, timeout),
      onCandidate: load,
    });
    const apply = (next: Settings) => {
      settings = next;
      if (highlights) highlights.apply(next);
      else if (isActiveOn({ settings: next, host: site })) probe.start();
      else probe.stop();
    };
    // Subscribed in the task `stored` resolved in: no change falls between the two.
    apply(settings);
    ctx.onInvalidated(feed.subscribe((next) => apply(next)));
    ctx.onInvalidated(() => probe.stop());

    if (!isTopFrame) return;
    const onMessage = (
      raw: unknown,
      _sender: unknown,
      respond: (summary: Summary) => void,
    ): true | undefined => {
      const message: ContentMessage | null = parseContentMessage(raw);
      if (message?.type === 'summary') {
        respond(
          highlights?.summary() ?? {
            active: isActiveOn({ settings, host: site }),
            host: site,
            counts: {},
            total: 0,
          },
        );
        return undefined;
      }
      if (message) highlights?.handle(message);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
