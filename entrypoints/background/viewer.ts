/**
 * Opening the source viewer for the popover's outlet chips. Content scripts cannot open
 * extension windows, so the popover sends `{ type: 'open-source', citation }` and the background:
 *
 * - resolves the citation reference against the bundled knowledge (core/citations.ts, the
 *   passages precomputed in ./citations.ts) and opens nothing for a reference it does not know: the viewer only ever shows passages it ships;
 * - keeps one viewer: the viewer tab it opened last (or any tab showing the viewer) is navigated
 *   and focused, and a new popup window opens only when there is none;
 * - throttles bursts: at most one opening per VIEWER_INTERVAL_MS, and of the requests that
 *   arrive meanwhile only the last one is carried out, when the interval is over.
 */
import { type Browser, browser } from 'wxt/browser';
import { resolveCitation } from '@/core/citations';
import { isViewerUrl } from '@/core/messages';
import type { SourceId } from '@/core/schema';
import { VIEWER_PATH, viewerHash } from '@/entrypoints/sources/address';
import { canOpenWindows } from '@/utils/platform';
import { CITATIONS } from './citations';

/** A viewer window sized for reading one article beside the page it was opened from. */
export const VIEWER_WINDOW = { width: 760, height: 860 } as const;
/** At most one opening per this long; the last request of a burst wins. */
export const VIEWER_INTERVAL_MS = 500;

/**
 * What a request came to: a new popup window, a new tab (no popup windows here), the existing
 * viewer navigated, replaced by a later request of the same burst, or nothing (unknown
 * reference, or the browser refused).
 */
export type ViewerOutcome = 'window' | 'tab' | 'reused' | 'superseded' | null;

/** `chrome-extension://<id>/sources.html#source=<id>&quote=<text>` */
export function sourceViewerUrl({ source, quote }: { source: SourceId; quote?: string }): string {
  return browser.runtime.getURL(VIEWER_PATH) + viewerHash({ source, quote });
}

/** Where the id of the viewer tab opened last is kept across service-worker restarts. */
const REMEMBERED_KEY = 'viewer-tab';
let rememberedTab: number | undefined;

async function recallViewerTab(): Promise<number | undefined> {
  if (rememberedTab !== undefined) return rememberedTab;
  try {
    const stored = await browser.storage.session?.get(REMEMBERED_KEY);
    const id = stored?.[REMEMBERED_KEY];
    return typeof id === 'number' ? id : undefined;
  } catch {
    return undefined; // no session storage here (older Firefox): memory only
  }
}

function rememberViewerTab(id: number | undefined): void {
  rememberedTab = id;
  if (id === undefined) return;
  browser.storage.session?.set({ [REMEMBERED_KEY]: id }).catch(() => undefined);
}

/**
 * The tab to reuse: the one opened last if it still shows the viewer, else any tab that does.
 * An extension sees the URLs of its own pages without the `tabs` permission; where a browser
 * hides one anyway, the tab opened last is taken as it is.
 */
async function findViewerTab(): Promise<Browser.tabs.Tab | undefined> {
  const viewerUrl = browser.runtime.getURL(VIEWER_PATH);
  const [last, tabs] = await Promise.all([recallViewerTab(), browser.tabs.query({})]);
  const showsViewer = (tab: Browser.tabs.Tab) =>
    tab.url !== undefined && isViewerUrl({ url: tab.url, viewerUrl });
  const remembered = tabs.find((tab) => tab.id === last);
  if (remembered && (remembered.url === undefined || showsViewer(remembered))) return remembered;
  return tabs.find((tab) => tab.id !== undefined && showsViewer(tab));
}

/** Shows `url` in the viewer: the existing one navigated and focused, or a new popup window. */
export async function showInViewer(url: string): Promise<Exclude<ViewerOutcome, 'superseded'>> {
  const existing = await findViewerTab();
  if (existing?.id !== undefined) {
    try {
      await browser.tabs.update(existing.id, { url, active: true });
      if (existing.windowId !== undefined) {
        await browser.windows?.update(existing.windowId, { focused: true });
      }
      rememberViewerTab(existing.id);
      return 'reused';
    } catch {
      // Closed in the meantime: open a new one.
    }
  }
  if (canOpenWindows()) {
    try {
      const created = await browser.windows.create({ url, type: 'popup', ...VIEWER_WINDOW });
      rememberViewerTab(created?.tabs?.[0]?.id);
      return 'window';
    } catch (error) {
      console.warn('[treaty-lens] popup window unavailable; opening a tab', error);
    }
  }
  const tab = await browser.tabs.create({ url });
  rememberViewerTab(tab?.id);
  return 'tab';
}

/**
 * Calls `run` at most once per `intervalMs`, one call after another. A request that arrives
 * within the interval waits for its end and replaces any request still waiting (which then
 * resolves 'superseded'): in a burst, the first and the last are carried out.
 */
export function throttleLatest<T, R>({
  intervalMs,
  run,
  now = () => Date.now(),
}: {
  intervalMs: number;
  run: (value: T) => Promise<R>;
  now?: () => number;
}): (value: T) => Promise<R | 'superseded' | null> {
  let lastRun = Number.NEGATIVE_INFINITY;
  let chain: Promise<unknown> = Promise.resolve();
  let waiting: { value: T; settle: (result: R | 'superseded' | null) => void } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fire = () => {
    timer = undefined;
    const job = waiting;
    waiting = null;
    if (!job) return;
    lastRun = now();
    const done = chain.then(() => run(job.value));
    chain = done.catch(() => undefined);
    done.then(job.settle, (error: unknown) => {
      console.warn('[treaty-lens] could not open the source viewer', error);
      job.settle(null);
    });
  };

  return (value) =>
    new Promise((settle) => {
      waiting?.settle('superseded');
      waiting = { value, settle };
      if (timer !== undefined) return;
      const wait = lastRun + intervalMs - now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    });
}

const openThrottled = throttleLatest({ intervalMs: VIEWER_INTERVAL_MS, run: showInViewer });

/** Opens the viewer at a cited passage; null (and nothing opened) for an unknown reference. */
export function openCitation({ ref }: { ref: string }): Promise<ViewerOutcome> {
  const passage = resolveCitation({ passages: CITATIONS, ref });
  if (!passage) {
    console.warn('[treaty-lens] refused to open an unknown citation');
    return Promise.resolve(null);
  }
  return openThrottled(sourceViewerUrl(passage));
}
