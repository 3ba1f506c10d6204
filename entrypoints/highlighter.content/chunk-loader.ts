/**
 * Loads the highlighter chunk (entrypoints/highlights.ts → `highlights.js`) once per frame. The
 * URL is fixed (the extension's own file from `runtime.getURL`), so nothing on the page can
 * choose what gets loaded; the file is web-accessible only because a content script's
 * `import()` is a load on the page's behalf (docs/permissions.md).
 */
import { browser } from '#imports';
import type { HighlightsModule } from './start';

export const HIGHLIGHTS_SCRIPT = '/highlights.js';

export function loadHighlights(): Promise<HighlightsModule> {
  return import(/* @vite-ignore */ browser.runtime.getURL(HIGHLIGHTS_SCRIPT)).then(
    (module: { default: HighlightsModule }) => module.default,
  );
}
