/**
 * The extension's own list of the mentions it highlights: per text node of the page, each
 * mention's entity and live Range. Everything that acts on a mention — the pointer's hit test,
 * the interaction target, navigation, the badge's counts — reads this index, never
 * `CSS.highlights` (the page can write there too) and never the page's elements.
 *
 * Ranges are live: they follow the page's layout and collapse when the page removes their text
 * or rewrites it; `prune` drops those.
 */
import type { Mention } from '@/core/matcher';
import type { Counts } from '@/core/messages';
import type { EntityId } from '@/core/schema';
import { compareComposed } from './order';
import type { HighlightPainter } from './painter';

export interface PageMention {
  readonly entity: EntityId;
  readonly node: Text;
  readonly range: Range;
}

export interface Tally {
  counts: Counts;
  total: number;
}

/** Slack in px around a range's boxes for the pointer (caret positions snap to glyph edges). */
const HIT_SLACK = 1;

export class MentionIndex {
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly painter: HighlightPainter;
  /** `ordered()`'s answer until the index changes. */
  private sorted: PageMention[] | null = null;

  constructor({ painter }: { painter: HighlightPainter }) {
    this.painter = painter;
  }

  get size(): number {
    return this.byNode.size;
  }

  /** Highlights `mentions` (offsets into `node`'s text) in place of what `node` had. */
  set(node: Text, mentions: readonly Mention[]): void {
    this.delete(node);
    if (mentions.length === 0 || !this.painter.enabled) return;
    const doc = node.ownerDocument;
    const list = mentions.map(({ entity, start, end }) => {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      this.painter.add(entity, range);
      return { entity, node, range };
    });
    this.byNode.set(node, list);
    this.sorted = null;
  }

  delete(node: Text): void {
    const list = this.byNode.get(node);
    if (!list) return;
    for (const mention of list) this.painter.remove(mention.entity, mention.range);
    this.byNode.delete(node);
    this.sorted = null;
  }

  /** Drops mentions whose text the page removed or changed (their ranges collapsed). */
  prune(): boolean {
    let dropped = false;
    for (const [node, list] of this.byNode) {
      if (!node.isConnected || list.some((mention) => mention.range.collapsed)) {
        this.delete(node);
        dropped = true;
      }
    }
    return dropped;
  }

  clear(): void {
    for (const node of [...this.byNode.keys()]) this.delete(node);
  }

  /**
   * The mention at a caret position (`caretPositionFromPoint`) whose boxes hold the point: the
   * caret alone cannot tell the right half of a mention's last letter from the space after it.
   */
  hit({
    node,
    offset,
    x,
    y,
  }: {
    node: Node;
    offset: number;
    x: number;
    y: number;
  }): PageMention | null {
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    for (const mention of list) {
      const { range } = mention;
      if (offset < range.startOffset || offset > range.endOffset) continue;
      for (const box of range.getClientRects()) {
        if (
          x >= box.left - HIT_SLACK &&
          x <= box.right + HIT_SLACK &&
          y >= box.top - HIT_SLACK &&
          y <= box.bottom + HIT_SLACK
        ) {
          return mention;
        }
      }
    }
    return null;
  }

  /** Whether `mention` is still in the index (the page may have removed its text). */
  holds(mention: PageMention): boolean {
    return (
      this.byNode.get(mention.node)?.includes(mention) === true &&
      mention.node.isConnected &&
      !mention.range.collapsed
    );
  }

  /** Every mention in document order (shadow roots where their host is). */
  ordered(): PageMention[] {
    this.sorted ??= [...this.byNode.values()]
      .flat()
      .sort((a, b) => compareComposed(a.node, b.node) || a.range.startOffset - b.range.startOffset);
    return this.sorted;
  }

  tally(): Tally {
    const counts: Counts = {};
    let total = 0;
    for (const list of this.byNode.values()) {
      for (const { entity } of list) {
        counts[entity] = (counts[entity] ?? 0) + 1;
        total++;
      }
    }
    return { counts, total };
  }
}
