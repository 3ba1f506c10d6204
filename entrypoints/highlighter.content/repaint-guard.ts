/**
 * Bounds the work a page can make us do by undoing highlights. With CSS highlights a page cannot
 * unwrap anything, but it can replace its text nodes with copies of themselves (a framework
 * re-rendering in a loop) or set a node's text again: each time the old ranges collapse and the
 * new text is highlighted again. Such a re-add of the same text under the same parent is allowed
 * MAX_READDS times per page; after that the text stays plain. (The registry side of undoing — a
 * page deleting our CSS.highlights entries — is bounded in painter.ts.)
 */
import type { TextRecord } from './scanner';

/** How often the same text under the same element is highlighted again before we stop. */
export const MAX_READDS = 5;

/**
 * How often a page may take our CSS.highlights entries away (each put back when we next paint)
 * before we stop painting in that document (painter.ts).
 */
export const MAX_RESTORES = 3;

interface Seen {
  record: TextRecord;
  readds: number;
}

export class RepaintGuard {
  private readonly seen = new WeakMap<Node, Map<string, Seen>>();

  /** Whether `record` may be highlighted: false once its text has been re-added too often. */
  allow(record: TextRecord): boolean {
    const parent = record.node.parentNode;
    if (!parent) return true;
    let byText = this.seen.get(parent);
    if (!byText) {
      byText = new Map();
      this.seen.set(parent, byText);
    }
    const seen = byText.get(record.text);
    if (!seen) {
      byText.set(record.text, { record, readds: 0 });
      return true;
    }
    if (seen.record === record) return seen.readds <= MAX_READDS;
    const before = seen.record.node;
    const stillThere =
      before !== record.node && before.parentNode === parent && before.data === record.text;
    // Two nodes with the same text side by side are not an undo.
    if (stillThere) return true;
    seen.record = record;
    seen.readds++;
    return seen.readds <= MAX_READDS;
  }
}
