/**
 * The disputed statements the page makes (core/detectors.ts), per block of the page: each
 * statement's dispute, the account it matches and its range, which may run across several
 * text nodes of the block ("at <b>2:22</b> a.m."). Painted as `treaty-lens-dispute-<id>`;
 * read, like the entity mentions, by the hit test, the target, navigation and the popover.
 */
import { disputeHighlight, type HighlightPainter } from './painter';
import { holdsPoint } from './ranges';
import { DISPUTE_PREFIX } from './styles';

export interface StatementMention {
  readonly kind: 'statement';
  readonly dispute: string;
  /** The account the page's phrase matches, as the detector names it (index or id). */
  readonly account: number | string;
  /** The text node the phrase starts in (its place in document order). */
  readonly node: Text;
  readonly range: StaticRange;
  /** Every text node the phrase covers, first to last. */
  readonly nodes: readonly Text[];
}

/** A statement found in a block, before it is in the store. */
export interface FoundStatement {
  dispute: string;
  account: number | string;
  range: StaticRange;
  nodes: readonly Text[];
}

export class StatementStore {
  private readonly byBlock = new Map<Element, StatementMention[]>();
  /** Text node → the statements covering it, for the hit test. */
  private readonly byNode = new Map<Text, StatementMention[]>();
  private readonly painter: HighlightPainter;
  private readonly changed: () => void;

  constructor(options: { painter: HighlightPainter; changed: () => void }) {
    this.painter = options.painter;
    this.changed = options.changed;
  }

  get size(): number {
    let size = 0;
    for (const list of this.byBlock.values()) size += list.length;
    return size;
  }

  /** Highlights `found` (the block's statements) in place of what `block` had. */
  set(block: Element, found: readonly FoundStatement[]): void {
    this.delete(block);
    if (found.length === 0 || !this.painter.enabled) return;
    const list = found.map(({ dispute, account, range, nodes }): StatementMention => {
      this.painter.add(disputeHighlight(dispute), range);
      return { kind: 'statement', dispute, account, range, nodes, node: nodes[0] as Text };
    });
    this.byBlock.set(block, list);
    for (const statement of list) {
      for (const node of statement.nodes) {
        const covering = this.byNode.get(node) ?? [];
        covering.push(statement);
        this.byNode.set(node, covering);
      }
    }
    this.changed();
  }

  delete(block: Element): void {
    const list = this.byBlock.get(block);
    if (!list) return;
    this.byBlock.delete(block);
    for (const statement of list) {
      this.painter.remove(disputeHighlight(statement.dispute), statement.range);
      for (const node of statement.nodes) {
        const rest = this.byNode.get(node)?.filter((other) => other !== statement) ?? [];
        if (rest.length > 0) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    this.changed();
  }

  /** Drops statements whose text the page removed (any node of the phrase). */
  prune(): boolean {
    let dropped = false;
    for (const [block, list] of this.byBlock) {
      if (list.every((statement) => statement.nodes.every((node) => node.isConnected))) continue;
      this.delete(block);
      dropped = true;
    }
    return dropped;
  }

  /** Removes every statement, and the `treaty-lens-dispute-*` highlights from the registry. */
  clear(): void {
    for (const block of [...this.byBlock.keys()]) this.delete(block);
    this.painter.clear(DISPUTE_PREFIX);
  }

  /** Whether `block` holds statements. */
  has(block: Element): boolean {
    return this.byBlock.has(block);
  }

  /** How many statements of each dispute the store holds. */
  tally(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const list of this.byBlock.values()) {
      for (const { dispute } of list) counts[dispute] = (counts[dispute] ?? 0) + 1;
    }
    return counts;
  }

  /** The statements, per block. */
  lists(): IterableIterator<StatementMention[]> {
    return this.byBlock.values();
  }

  holds(statement: StatementMention): boolean {
    return (
      this.byNode.get(statement.node)?.includes(statement) === true &&
      statement.nodes.every((node) => node.isConnected)
    );
  }

  /** The statement whose phrase holds the caret position and the point, or null. */
  hit(options: {
    node: Node;
    offset: number;
    x: number;
    y: number;
    slack: number;
  }): StatementMention | null {
    const { node, offset } = options;
    for (const statement of this.byNode.get(node as Text) ?? []) {
      const { range } = statement;
      if (node === range.startContainer && offset < range.startOffset) continue;
      if (node === range.endContainer && offset > range.endOffset) continue;
      if (holdsPoint(statement, options)) return statement;
    }
    return null;
  }
}
