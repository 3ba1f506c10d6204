/**
 * Painting: one CSS Custom Highlight per entity, `treaty-lens-<entity id>` in the document's
 * `CSS.highlights`, holding the ranges of that entity's mentions, and one per dispute,
 * `treaty-lens-dispute-<dispute id>`, holding the page's statements of it (page contract). Adding or removing a range
 * changes nothing in the page's DOM; the browser repaints the text at its next frame.
 *
 * The registry is the page's too: a page can delete or replace our entries. We put an entry
 * back when we next paint (never on a timer), and after MAX_RESTORES such restorations in a
 * document we stop painting there for good: the page does not want them, and a fight would
 * cost work forever.
 */
import type { EntityId } from '@/core/schema';
import { MAX_RESTORES } from './repaint-guard';
import { DISPUTE_PREFIX, HIGHLIGHT_PREFIX, type HighlightStyles } from './styles';

/** The highlight name of an entity's mentions: `treaty-lens-<entity id>`. */
export const entityHighlight = (entity: EntityId): string => HIGHLIGHT_PREFIX + entity;

/** The highlight name of a dispute's statements: `treaty-lens-dispute-<dispute id>`. */
export const disputeHighlight = (dispute: string): string => DISPUTE_PREFIX + dispute;

export class HighlightPainter {
  /** Highlight name → our Highlight object. */
  private readonly highlights = new Map<string, Highlight>();
  private readonly registry: HighlightRegistry;
  private readonly styles: HighlightStyles;
  private restores = 0;

  constructor({ doc, styles }: { doc: Document; styles: HighlightStyles }) {
    const view = (doc.defaultView ?? window) as Window & typeof globalThis;
    this.registry = view.CSS.highlights;
    this.styles = styles;
  }

  /** False once the page has taken our highlights away too often (see MAX_RESTORES). */
  get enabled(): boolean {
    return this.restores <= MAX_RESTORES;
  }

  add(name: string, range: AbstractRange): void {
    const highlight = this.highlightOf(name);
    if (!highlight) return;
    highlight.add(range);
    const root = range.startContainer.getRootNode();
    if ('host' in root) this.styles.adopt(root as ShadowRoot);
  }

  remove(name: string, range: AbstractRange): void {
    this.highlights.get(name)?.delete(range);
  }

  /**
   * Removes every highlight of ours — or those whose name starts with `prefix` — from the
   * registry (entries the page set stay).
   */
  clear(prefix = ''): void {
    for (const [name, highlight] of this.highlights) {
      if (!name.startsWith(prefix)) continue;
      if (this.registry.get(name) === highlight) this.registry.delete(name);
      this.highlights.delete(name);
    }
  }

  private highlightOf(name: string): Highlight | null {
    if (!this.enabled) return null;
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      this.registry.set(name, highlight);
      return highlight;
    }
    if (this.registry.get(name) !== highlight) {
      // The page deleted or replaced ours since we last painted.
      this.restores++;
      if (!this.enabled) {
        this.clear();
        return null;
      }
      this.registry.set(name, highlight);
    }
    return highlight;
  }
}
