/**
 * Opening the source viewer. Content scripts cannot open extension windows, so the popover sends
 * `{ type: 'open-source', url }` and the background calls `openSourceViewer({ url })`.
 */
import { browser } from 'wxt/browser';
import { isViewerUrl } from '@/core/messages';
import type { SourceId } from '@/core/schema';
import { canOpenWindows } from '@/utils/platform';
import { parseViewerHash, VIEWER_PATH, viewerHash } from './address';

/** A viewer window sized for reading one article beside the page it was opened from. */
export const VIEWER_WINDOW = { width: 760, height: 860 } as const;

/** `chrome-extension://<id>/sources.html#source=<id>&quote=<text>` */
export function sourceViewerUrl({ source, quote }: { source: SourceId; quote?: string }): string {
  return browser.runtime.getURL(VIEWER_PATH) + viewerHash({ source, quote });
}

/**
 * The viewer URL to open for `url`, or null when it is not this extension's viewer: messages
 * are only a request, and the background must not open arbitrary pages on a content script's say.
 */
export function checkedViewerUrl({ url }: { url: string }): string | null {
  const base = browser.runtime.getURL(VIEWER_PATH);
  if (!isViewerUrl({ url, viewerUrl: base })) return null;
  const { source, quote } = parseViewerHash({ hash: new URL(url).hash });
  return source ? sourceViewerUrl({ source, quote: quote ?? undefined }) : base;
}

/**
 * Opens the viewer in a small popup window, or a tab where popup windows do not exist
 * (Firefox for Android has no `windows` API) or fail. Returns what it opened, or null.
 */
export async function openSourceViewer(
  options: { url: string } | { source: SourceId; quote?: string },
): Promise<'window' | 'tab' | null> {
  const url = 'url' in options ? checkedViewerUrl({ url: options.url }) : sourceViewerUrl(options);
  if (!url) {
    console.warn('[treaty-lens] refused to open a non-viewer URL');
    return null;
  }
  if (canOpenWindows()) {
    try {
      await browser.windows.create({ url, type: 'popup', ...VIEWER_WINDOW });
      return 'window';
    } catch (error) {
      console.warn('[treaty-lens] popup window unavailable; opening a tab', error);
    }
  }
  await browser.tabs.create({ url });
  return 'tab';
}
