/**
 * The host the reader's per-site switch applies to: the tab's top-level page, also inside
 * iframes (a srcdoc or about:blank frame has no host of its own; a cross-origin frame is still
 * part of the page the reader turned off).
 */
export function siteOf(win: Window = window): string {
  const ancestors = win.location.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  for (const origin of [top, win.location.origin]) {
    if (!origin || origin === 'null') continue;
    try {
      return new URL(origin).hostname;
    } catch {
      // Not a URL (an opaque origin): try the next.
    }
  }
  return win.location.hostname;
}
