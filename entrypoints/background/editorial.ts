/**
 * Opening "How this is judged" (entrypoints/editorial/, built from docs/editorial.md). The
 * message carries nothing but its type: the page it opens is fixed here, so a content script
 * (or a page speaking through one) cannot choose what the background opens.
 */
import { browser } from 'wxt/browser';

export const EDITORIAL_PATH = '/editorial.html';

export async function openEditorial(): Promise<'tab'> {
  await browser.tabs.create({ url: browser.runtime.getURL(EDITORIAL_PATH) });
  return 'tab';
}
