/**
 * Loads the popover's card module (entrypoints/popover-card.ts → `popover-card.js`) once per
 * frame, on first need. The URL is fixed (the extension's own file from `runtime.getURL`), so
 * nothing on the page can choose what gets loaded; the file is web-accessible only because a
 * content script's `import()` is a load on the page's behalf (docs/permissions.md).
 */
import { browser } from '#imports';
import type { CardModule } from './card';

export const CARD_SCRIPT = '/popover-card.js';

let loading: Promise<CardModule> | null = null;

export function loadCard(): Promise<CardModule> {
  if (!loading) {
    const url = browser.runtime.getURL(CARD_SCRIPT);
    const load: Promise<CardModule> = import(/* @vite-ignore */ url).then(
      (module: { default: CardModule }) => module.default,
    );
    // A failed load (the extension was just updated, say) is tried again on the next hover.
    load.catch(() => {
      if (loading === load) loading = null;
    });
    loading = load;
  }
  return loading;
}
