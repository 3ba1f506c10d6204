/**
 * Wrapping one of the page's text nodes, and giving it back.
 *
 * Why not mark.js here: its wrapping splits text nodes without telling which nodes it created
 * (only the marks), and its `unmark()` calls `normalize()`, which merges text nodes that page
 * frameworks keep apart and hold references to. Framework safety needs the exact list of added
 * nodes per original node, so the few lines below do the wrapping themselves.
 *
 * The page's node (`original`) keeps the text before the first mention; everything after it is
 * ours: marks and the plain "remainder" text nodes between and after them, inserted right after
 * the original. Undoing removes exactly those nodes and gives the original its full text back.
 */
import type { Candidate, Mention } from '@/core/matcher';
import type { EntityId } from '@/core/schema';

export const MARK_ATTR = 'data-treaty-lens';

/** What the highlighter knows about one of the page's text nodes that holds candidates. */
export interface TextRecord {
  readonly original: Text;
  /** The original's text when it was scanned; offsets of `candidates` refer to it. */
  readonly full: string;
  readonly candidates: readonly Candidate[];
  /** The mentions currently wrapped (empty when none were accepted). */
  wrapped: readonly Mention[];
  /** Marks and remainder text nodes we inserted after the original, in order. */
  added: ChildNode[];
  /** Where the record is in the pipeline. */
  state: 'scanned' | 'queued' | 'hidden' | 'done';
}

/**
 * Picks non-overlapping candidates in text order: the earliest first and, at the same start, the
 * longest. The matcher already resolves overlaps; this keeps wrapping safe if it ever does not.
 */
export function nonOverlapping<T extends Mention>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = 0;
  for (const c of sorted) {
    if (c.start >= end && c.end > c.start) {
      out.push(c);
      end = c.end;
    }
  }
  return out;
}

export function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => c.entity === b[i]?.entity && c.start === b[i]?.start && c.end === b[i]?.end)
  );
}

/**
 * Wraps `mentions` (non-overlapping, in order) of `record.original`. The caller checks that the
 * original still holds `record.full` and has a parent.
 */
export function wrapRecord({
  record,
  mentions,
  makeMark,
}: {
  record: TextRecord;
  mentions: readonly Mention[];
  makeMark: (options: { entity: EntityId; text: string }) => HTMLElement;
}): void {
  const { original, full } = record;
  const first = mentions[0];
  const parent = original.parentNode;
  if (!first || !parent) return;
  const doc = original.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const added: ChildNode[] = [];
  mentions.forEach((mention, i) => {
    const mark = makeMark({ entity: mention.entity, text: full.slice(mention.start, mention.end) });
    added.push(mark);
    const restEnd = mentions[i + 1]?.start ?? full.length;
    if (restEnd > mention.end) added.push(doc.createTextNode(full.slice(mention.end, restEnd)));
  });
  fragment.append(...added);
  parent.insertBefore(fragment, original.nextSibling);
  original.data = full.slice(0, first.start);
  record.added = added;
  record.wrapped = mentions;
}

/**
 * Removes the nodes we added. `restoreText` gives the original its full text back; it is false
 * when the page itself has set the original's text since (the page's text wins).
 */
export function unwrapRecord({
  record,
  restoreText,
}: {
  record: TextRecord;
  restoreText: boolean;
}): void {
  for (const node of record.added) node.remove();
  if (restoreText && record.added.length > 0 && record.original.data !== record.full) {
    record.original.data = record.full;
  }
  record.added = [];
  record.wrapped = [];
}
