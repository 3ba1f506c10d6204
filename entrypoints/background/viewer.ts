/**
 * Opens the bundled source viewer. Only the viewer's own address is accepted: a content script
 * runs inside arbitrary pages, so `open-source` must not become a way to open any URL.
 */
import { browser } from 'wxt/browser';
import { isViewerUrl } from '@/core/messages';
import { viewerPageUrl } from '@/utils/viewer';

export async function openViewer({ url }: { url: string }): Promise<boolean> {
  if (!isViewerUrl({ url, viewerUrl: viewerPageUrl() })) {
    console.warn('[treaty-lens] refused to open a non-viewer URL from open-source');
    return false;
  }
  try {
    await browser.windows.create({ url, type: 'popup', width: 720, height: 800 });
  } catch {
    // No windows API (Firefox for Android) or popups refused: a tab will do.
    await browser.tabs.create({ url });
  }
  return true;
}
