/**
 * The source viewer's address (contract: `sources.html#source=<id>&quote=<text>`), built and read
 * in one place so the popover that links and the viewer that parses can never disagree.
 * Pure: no browser API, so it is shared by the content script, the background and the page.
 */
import { SourceId } from '@/core/schema';

export const VIEWER_PATH = '/sources.html';

/** `#source=<id>&quote=<encodeURIComponent(quote)>`; the quote part only when there is one. */
export function viewerHash({ source, quote }: { source: SourceId; quote?: string }): string {
  const parts = [`source=${encodeURIComponent(source)}`];
  if (quote) parts.push(`quote=${encodeURIComponent(quote)}`);
  return `#${parts.join('&')}`;
}

export interface ViewerAddress {
  /** The requested source when it is a known id, else null. */
  source: SourceId | null;
  /** What the address asked for, known or not, so the page can say what it could not find. */
  requested: string | null;
  quote: string | null;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null; // a malformed escape (e.g. a lone "%") reads as missing, never as a crash
  }
}

/** Reads a viewer hash. Never throws: anything unreadable comes back as null fields. */
export function parseViewerHash({ hash }: { hash: string }): ViewerAddress {
  const fields = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const value = decode(part.slice(eq + 1));
    if (value !== null && !fields.has(part.slice(0, eq))) fields.set(part.slice(0, eq), value);
  }
  const requested = fields.get('source')?.trim() || null;
  const parsed = SourceId.safeParse(requested);
  const quote = fields.get('quote')?.trim() || null;
  return { source: parsed.success ? parsed.data : null, requested, quote };
}
