/**
 * The extension's own list of the mentions it highlights: per text node of the page, each
 * mention's entity and range. Everything that acts on a mention — the pointer's hit test,
 * the interaction target, navigation, the badge's counts — reads this index, never
 * `CSS.highlights` (the page can write there too) and never the page's elements.
 *
 * The highlights hold StaticRanges, not live Ranges: the browser updates every live Range of a
 * document on every change to its DOM, which on a feed with 15,000 highlighted mentions cost
 * seconds of main-thread time (docs/performance.md). A highlight still follows layout (it is
 * painted from its text node and offsets, wherever they are laid out). The page's changes come
 * from the observer: a text node whose text changed is dropped and scanned again
 * (highlighter.ts), one the page removed is dropped by `prune`. Where a box is needed (hit test,
 * target, popover) `liveRange` makes a Range for the moment.
 */
import type { Mention } from '@/core/matcher';
import type { Counts } from '@/core/messages';
import type { EntityId } from '@/core/schema';
import { compareComposed } from './order';
import type { HighlightPainter } from './painter';

export interface PageMention {
  readonly entity: EntityId;
  readonly node: Text;
  readonly range: StaticRange;
}

/** A live Range over the mention, for its boxes now; null once its text is gone. */
export function liveRange(mention: PageMention): Range | null {
  const { node, range } = mention;
  if (!node.isConnected || range.endOffset > node.length) return null;
  const live = node.ownerDocument.createRange();
  live.setStart(node, range.startOffset);
  live.setEnd(node, range.endOffset);
  return live;
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
    const list = mentions.map(({ entity, start, end }) => {
      const range = new StaticRange({
        startContainer: node,
        startOffset: start,
        endContainer: node,
        endOffset: end,
      });
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

  /** Drops the mentions of text nodes the page removed. */
  prune(): boolean {
    let dropped = false;
    for (const node of this.byNode.keys()) {
      if (!node.isConnected) {
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
      for (const box of liveRange(mention)?.getClientRects() ?? []) {
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
    return this.byNode.get(mention.node)?.includes(mention) === true && mention.node.isConnected;
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
