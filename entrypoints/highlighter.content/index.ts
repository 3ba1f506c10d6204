/**
 * The loader: the content script every page and frame runs (allFrames; about:blank and srcdoc
 * frames through matchAboutBlank), so it holds next to nothing and, on a page without an anchor
 * word, does next to nothing: once the document is parsed it probes the page's text (probe.ts)
 * for the prefilter's anchor words, and that is all. At the first text that holds one it reads
 * the settings and imports the highlighter (entrypoints/highlights.ts → `highlights.js`), the way
 * the highlighter imports the popover's card: the chunk brings the prefilter, which the probe
 * then runs, and the highlighter starts only when some text may hold a mention and highlighting
 * is on for the site. A page without an anchor word never reads the settings nor loads the
 * matcher (docs/performance.md, seventh round).
 *
 * Only the top frame answers the popup and follows its commands, so one frame replies.
 */
// First: WXT's start-up handshake must not reach the page (see the module).
import '@/utils/content-guard';
import { browser, defineContentScript } from '#imports';
import { type ContentMessage, parseContentMessage } from '@/core/content-messages';
import type { Summary } from '@/core/messages';
import { isActiveOn, type Settings } from '@/core/settings';
import { takeSettingsFeed } from '@/utils/stored-settings';
import { loadHighlights } from './chunk-loader';
import { PREFILTER_ANCHORS } from './entities';
import { PageProbe } from './probe';
import { siteOf } from './site';
import type { Highlights, HighlightsModule } from './start';

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
  // No `message` event for the page in every frame saying that Treaty Lens runs.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await parsed(document, ctx);
    if (ctx.isInvalid) return;
    // Worked out when the settings are (a URL parse: not on a page without an anchor word).
    let site: string | null = null;
    const host = () => {
      site ??= siteOf();
      return site;
    };
    const isTopFrame = window === window.top;
    let settings: Settings | null = null;
    let reading: Promise<Settings> | null = null;
    let highlights: Highlights | null = null;
    let chunk: HighlightsModule | null = null;
    let loading = false;
    /** The settings, read once (at the first anchor, or for the popup) and followed from then. */
    const readSettings = (): Promise<Settings> => {
      if (reading) return reading;
      const feed = takeSettingsFeed();
      reading = feed.current().then(
        (stored) => {
          // Subscribed in the task the read resolved in: no change falls between the two.
          ctx.onInvalidated(feed.subscribe((next) => apply(next)));
          settings = stored;
          return stored;
        },
        (error: unknown) => {
          reading = null; // the next anchor or question reads again
          throw error;
        },
      );
      return reading;
    };
    const isActive = () => settings !== null && isActiveOn({ settings, host: host() });
    // At the first anchor word: the probe waits for the settings and the chunk's prefilter.
    const load = () => {
      if (loading) return;
      loading = true;
      Promise.all([loadHighlights(), readSettings()]).then(
        ([module]) => {
          chunk = module;
          if (!ctx.isInvalid && settings) apply(settings);
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
        if (!chunk || !isActive()) return null;
        prefilter ??= new RegExp(chunk.prefilter.source, chunk.prefilter.flags);
        return prefilter;
      },
      anchors: PREFILTER_ANCHORS && new RegExp(PREFILTER_ANCHORS.source, PREFILTER_ANCHORS.flags),
      setTimeout: (handler, timeout) => ctx.setTimeout(handler, timeout),
      onAnchor: load,
      onCandidate: () => {
        if (chunk && settings && !highlights) {
          highlights = chunk.startHighlights({ ctx, settings, site: host(), isTopFrame });
        }
      },
    });
    function apply(next: Settings): void {
      settings = next;
      if (highlights) highlights.apply(next);
      else if (!isActive()) probe.stop();
      else {
        // Probing again after a stop; going on from the anchor it waits at.
        probe.start();
        probe.resume();
      }
    }
    probe.start();
    ctx.onInvalidated(() => probe.stop());

    if (!isTopFrame) return;
    const onMessage = (
      raw: unknown,
      _sender: unknown,
      respond: (summary: Summary) => void,
    ): true | undefined => {
      const message: ContentMessage | null = parseContentMessage(raw);
      if (message?.type === 'summary') {
        if (highlights) {
          respond(highlights.summary());
          return undefined;
        }
        // Nothing found (yet): whether the site is on is the stored settings' answer (settings
        // that cannot be read leave it off).
        const answer = () =>
          respond(
            highlights?.summary() ?? {
              active: isActive(),
              host: host(),
              counts: {},
              total: 0,
              disputes: {},
            },
          );
        readSettings().then(answer, answer);
        return true;
      }
      if (message) highlights?.handle(message);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
