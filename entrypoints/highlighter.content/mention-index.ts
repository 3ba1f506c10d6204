/**
 * The extension's own list of what it highlights: per text node of the page, each entity
 * mention's entity and range; per block of the page, each disputed statement's dispute, account
 * and range (statement-store.ts). Everything that acts on a mention — the pointer's hit test,
 * the interaction target, navigation, the badge's counts — reads this index, never
 * `CSS.highlights` (the page can write there too) and never the page's elements.
 *
 * The highlights hold StaticRanges, not live Ranges: the browser updates every live Range of a
 * document on every change to its DOM, which on a feed with 15,000 highlighted mentions cost
 * seconds of main-thread time (docs/performance.md). A highlight still follows layout (it is
 * painted from its text node and offsets, wherever they are laid out). The page's changes come
 * from the observer: a text node whose text changed is dropped and scanned again
 * (highlighter.ts), one the page removed is dropped by `prune`. Where a box is needed (hit test,
 * target, popover) `liveRange` (ranges.ts) makes a Range for the moment.
 */
import type { Mention } from '@/core/matcher';
import type { Counts, DisputeCounts } from '@/core/messages';
import type { EntityId } from '@/core/schema';
import { compareComposed } from './order';
import { entityHighlight, type HighlightPainter } from './painter';
import { holdsPoint } from './ranges';
import { type StatementMention, StatementStore } from './statement-store';

/** A mention of an entity: a range within one text node. */
export interface EntityMention {
  readonly kind: 'entity';
  readonly entity: EntityId;
  readonly node: Text;
  readonly range: StaticRange;
}

export type { StatementMention } from './statement-store';

/** What the reader can point at, focus and open a card for: an entity or a disputed statement. */
export type PageMention = EntityMention | StatementMention;

export interface Tally {
  counts: Counts;
  total: number;
  /** Disputed statements per dispute id (not in `total`, which the badge shows). */
  disputes: DisputeCounts;
}

/** Slack in px around a range's boxes for the pointer (caret positions snap to glyph edges). */
const HIT_SLACK = 1;

export class MentionIndex {
  private readonly byNode = new Map<Text, EntityMention[]>();
  private readonly painter: HighlightPainter;
  /** The disputed statements, painted through the same painter. */
  readonly statements: StatementStore;
  /** `ordered()`'s answer until the index changes. */
  private sorted: PageMention[] | null = null;

  constructor({ painter }: { painter: HighlightPainter }) {
    this.painter = painter;
    this.statements = new StatementStore({
      painter,
      changed: () => {
        this.sorted = null;
      },
    });
  }

  /** How many text nodes hold entity mentions (statements are not counted). */
  get size(): number {
    return this.byNode.size;
  }

  /** Whether anything at all is highlighted (entity mentions or statements). */
  get isEmpty(): boolean {
    return this.byNode.size === 0 && this.statements.size === 0;
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
      this.painter.add(entityHighlight(entity), range);
      return { kind: 'entity' as const, entity, node, range };
    });
    this.byNode.set(node, list);
    this.sorted = null;
  }

  delete(node: Text): void {
    const list = this.byNode.get(node);
    if (!list) return;
    for (const mention of list) this.painter.remove(entityHighlight(mention.entity), mention.range);
    this.byNode.delete(node);
    this.sorted = null;
  }

  /** Drops the mentions and statements of text nodes the page removed. */
  prune(): boolean {
    let dropped = this.statements.prune();
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
    this.statements.clear();
  }

  /**
   * What is under a caret position (`caretPositionFromPoint`) whose boxes hold the point: the
   * caret alone cannot tell the right half of a mention's last letter from the space after it.
   * The smaller range wins: an entity mention inside a statement on its own words, the
   * statement everywhere else in its phrase.
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
    for (const mention of this.byNode.get(node as Text) ?? []) {
      const { range } = mention;
      if (offset < range.startOffset || offset > range.endOffset) continue;
      if (holdsPoint(mention, { x, y, slack: HIT_SLACK })) return mention;
    }
    return this.statements.hit({ node, offset, x, y, slack: HIT_SLACK });
  }

  /** Whether `mention` is still in the index (the page may have removed its text). */
  holds(mention: PageMention): boolean {
    if (mention.kind === 'statement') return this.statements.holds(mention);
    return this.byNode.get(mention.node)?.includes(mention) === true && mention.node.isConnected;
  }

  /** Every mention in document order (shadow roots where their host is). */
  ordered(): PageMention[] {
    this.sorted ??= [...this.byNode.values(), ...this.statements.lists()]
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
    return { counts, total, disputes: this.statements.tally() };
  }
}
