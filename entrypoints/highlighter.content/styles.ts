/**
 * How highlights look: `::highlight(treaty-lens-<entity id>)` rules in one constructed
 * stylesheet, adopted by the document and by each shadow root that holds a highlighted range
 * (a ::highlight() rule only styles text of its own tree). A document whose browser inherits
 * highlight styles gets the same rules on `:root` only (highlight-inheritance.ts). Switching the
 * reader's style is one `replaceSync` per sheet; no node of the page changes.
 *
 * ::highlight() takes colours, text-decoration and text-shadow only: the underline marks a
 * mention by more than its colour. Focus and the jump flash are drawn by the
 * interaction target in the extension's own host (target.ts), not here.
 */
import { ENTITY_IDS } from '@/core/ids';
import type { Settings } from '@/core/settings';

/** The CSS highlight name of an entity's mentions (page contract). */
export const HIGHLIGHT_PREFIX = 'treaty-lens-';

const VARIANTS: Record<Settings['style'], string> = {
  default: `background-color: rgba(255, 190, 40, 0.38);
  text-decoration: underline 0.12em rgba(200, 120, 0, 0.9);`,
  'high-contrast': `background-color: #ffe600; color: #000;
  text-decoration: underline 0.15em #000;`,
  underline: `background-color: transparent;
  text-decoration: underline 0.12em solid #d97706;`,
};

/** The rules; `scope` ':root' puts them on the root element only (for highlight inheritance). */
export function highlightCss(style: Settings['style'], scope = ''): string {
  const selector = ENTITY_IDS.map((id) => `${scope}::highlight(${HIGHLIGHT_PREFIX}${id})`).join(
    ',\n',
  );
  return `${selector} {\n  ${VARIANTS[style]}\n}
@media (forced-colors: active) {
${selector} { background-color: Highlight; color: HighlightText; }
}`;
}

export class HighlightStyles {
  private readonly sheet = new CSSStyleSheet();
  /** The rules on `:root`, for a document whose highlight styles inherit. */
  private readonly rootSheet = new CSSStyleSheet();
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor({ style }: { style: Settings['style'] }) {
    this.setStyle(style);
  }

  setStyle(style: Settings['style']): void {
    this.sheet.replaceSync(highlightCss(style));
    this.rootSheet.replaceSync(highlightCss(style, ':root'));
  }

  /**
   * Adds the sheet to `root` once (the `:root` one when `inherited`); the root's own sheets stay
   * as they are.
   */
  adopt(root: Document | ShadowRoot, { inherited = false }: { inherited?: boolean } = {}): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    const sheet = inherited ? this.rootSheet : this.sheet;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch (error) {
      console.warn('[treaty-lens] could not style highlights here', error);
    }
  }

  destroy(): void {
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter(
          (sheet) => sheet !== this.sheet && sheet !== this.rootSheet,
        );
      } catch {
        // The root may belong to a document that is gone; nothing to give back then.
      }
    }
    this.roots.clear();
  }
}
