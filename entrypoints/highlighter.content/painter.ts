/**
 * Painting: one CSS Custom Highlight per entity, `treaty-lens-<entity id>` in the document's
 * `CSS.highlights`, holding the ranges of that entity's mentions. Adding or removing a range
 * changes nothing in the page's DOM; the browser repaints the text at its next frame.
 *
 * The registry is the page's too: a page can delete or replace our entries. We put an entry
 * back when we next paint (never on a timer), and after MAX_RESTORES such restorations in a
 * document we stop painting there for good: the page does not want them, and a fight would
 * cost work forever.
 */
import type { EntityId } from '@/core/schema';
import { MAX_RESTORES } from './repaint-guard';
import { HIGHLIGHT_PREFIX, type HighlightStyles } from './styles';

export class HighlightPainter {
  private readonly highlights = new Map<EntityId, Highlight>();
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

  add(entity: EntityId, range: AbstractRange): void {
    const highlight = this.highlightOf(entity);
    if (!highlight) return;
    highlight.add(range);
    const root = range.startContainer.getRootNode();
    if ('host' in root) this.styles.adopt(root as ShadowRoot);
  }

  remove(entity: EntityId, range: AbstractRange): void {
    this.highlights.get(entity)?.delete(range);
  }

  /** Removes every highlight of ours from the registry (entries the page set stay). */
  clear(): void {
    for (const [entity, highlight] of this.highlights) {
      const name = HIGHLIGHT_PREFIX + entity;
      if (this.registry.get(name) === highlight) this.registry.delete(name);
    }
    this.highlights.clear();
  }

  private highlightOf(entity: EntityId): Highlight | null {
    if (!this.enabled) return null;
    const name = HIGHLIGHT_PREFIX + entity;
    let highlight = this.highlights.get(entity);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(entity, highlight);
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
