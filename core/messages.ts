/**
 * Messages between content script, popup and background. Every receiver parses with these
 * schemas and ignores (with a warning) anything that does not fit.
 */

import { CITATION_REF_MAX } from './citations';
import { DISPUTE_ID, DISPUTE_ID_MAX } from './ids';
import { EntityId } from './schema';
import { z } from './zod';

export const Counts = z.partialRecord(EntityId, z.number().int().nonnegative());
export type Counts = z.infer<typeof Counts>;

const DisputeId = z.string().max(DISPUTE_ID_MAX).regex(DISPUTE_ID);

/** Disputed statements on a page, per dispute (the highlighter's `treaty-lens-dispute-<id>`). */
export const DisputeCounts = z.record(DisputeId, z.number().int().nonnegative());
export type DisputeCounts = z.infer<typeof DisputeCounts>;

export const Message = z.discriminatedUnion('type', [
  /** content → background: the tab's mentions changed (badge). */
  z.strictObject({
    type: z.literal('mentions'),
    counts: Counts,
    total: z.number().int().nonnegative(),
    disputes: DisputeCounts,
  }),
  /** popup → content: what did you find on this page? Answered with `Summary`. */
  z.strictObject({ type: z.literal('summary') }),
  /** popup → content: scroll to and flash the next mention of an entity. */
  z.strictObject({ type: z.literal('jump'), entity: EntityId }),
  /** popup → content: scroll to and flash the next statement of a dispute. */
  z.strictObject({ type: z.literal('jump-statement'), dispute: DisputeId }),
  /** background → content (keyboard command): focus the next mention and open its popover. */
  z.strictObject({ type: z.literal('next-mention') }),
  /**
   * content → background: open the source viewer at a cited passage, named by its reference in
   * the bundled knowledge (core/citations.ts), never by text or address.
   */
  z.strictObject({
    type: z.literal('open-source'),
    citation: z.string().min(1).max(CITATION_REF_MAX),
  }),
  /** content → background: open "How this is judged" (editorial.html, docs/editorial.md). */
  z.strictObject({ type: z.literal('open-editorial') }),
]);
export type Message = z.infer<typeof Message>;

export const Summary = z.strictObject({
  active: z.boolean(),
  host: z.string(),
  counts: Counts,
  total: z.number().int().nonnegative(),
  disputes: DisputeCounts,
});
export type Summary = z.infer<typeof Summary>;

/** Parses an incoming message; returns null (and warns) for anything unknown or malformed. */
export function parseMessage(input: unknown): Message | null {
  const result = Message.safeParse(input);
  if (result.success) return result.data;
  console.warn('[treaty-lens] ignored a malformed message', result.error.issues[0]?.message);
  return null;
}

/** Parses a content script's answer to `summary`; null when there is none or it is malformed. */
export function parseSummary(input: unknown): Summary | null {
  const result = Summary.safeParse(input);
  return result.success ? result.data : null;
}

/**
 * Whether `url` points at the bundled source viewer (`viewerUrl`, i.e.
 * `runtime.getURL('/sources.html')`): same origin, same path, any query or fragment. Compared
 * as parsed URLs, not as string prefixes, so `sources.html.evil` or a look-alike origin fails.
 */
export function isViewerUrl({ url, viewerUrl }: { url: string; viewerUrl: string }): boolean {
  if (!URL.canParse(url) || !URL.canParse(viewerUrl)) return false;
  const target = new URL(url);
  const viewer = new URL(viewerUrl);
  return (
    target.protocol === viewer.protocol &&
    target.host === viewer.host &&
    target.pathname === viewer.pathname &&
    target.username === '' &&
    target.password === ''
  );
}
