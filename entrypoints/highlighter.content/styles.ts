/**
 * How highlights look: `::highlight(treaty-lens-<entity id>)` rules in one constructed
 * stylesheet, adopted by the document and by each shadow root that holds a highlighted range
 * (a ::highlight() rule only styles text of its own tree). Switching the reader's style is one
 * `replaceSync`; no node of the page changes.
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

export function highlightCss(style: Settings['style']): string {
  const selector = ENTITY_IDS.map((id) => `::highlight(${HIGHLIGHT_PREFIX}${id})`).join(',\n');
  return `${selector} {\n  ${VARIANTS[style]}\n}
@media (forced-colors: active) {
${selector} { background-color: Highlight; color: HighlightText; }
}`;
}

/**
 * The document's highlight sheet, adopted by the loader at document_start, before the page has
 * any element: a stylesheet with a `::highlight()` rule invalidates the style of every element
 * of the tree it joins, so adopting it once the page is laid out costs a whole-document style
 * recalc (467 ms on bench page (c), 100,000 small text nodes, forced into our next
 * `checkVisibility()`; docs/performance.md, fifth round). Before the page is parsed it costs
 * nothing. Its rules name only our highlights: without them registered it styles nothing.
 * Null where the document takes no constructed sheet.
 */
export interface EarlySheet {
  readonly sheet: CSSStyleSheet;
  /** The style its rules hold now. */
  style: Settings['style'];
}

export function adoptEarly(doc: Document): EarlySheet | null {
  try {
    const early: EarlySheet = { sheet: new CSSStyleSheet(), style: 'default' };
    early.sheet.replaceSync(highlightCss(early.style));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, early.sheet];
    return early;
  } catch {
    return null;
  }
}

/** Gives the early sheet the reader's style (as soon as settings arrive: the page is young). */
export function restyleEarly(early: EarlySheet | null, style: Settings['style']): void {
  if (!early || early.style === style) return;
  early.style = style;
  early.sheet.replaceSync(highlightCss(style));
}

export class HighlightStyles {
  private readonly sheet: CSSStyleSheet;
  private readonly roots = new Set<Document | ShadowRoot>();
  private style: Settings['style'] | null = null;

  /** `early`: the sheet `adoptEarly` adopted, if any (given `style` here if it differs). */
  constructor({ style, early }: { style: Settings['style']; early?: EarlySheet | null }) {
    this.sheet = early?.sheet ?? new CSSStyleSheet();
    // Rewriting the early sheet with the rules it holds would cost a recalc for nothing.
    if (early) this.style = early.style;
    this.setStyle(style);
  }

  setStyle(style: Settings['style']): void {
    if (style === this.style) return;
    this.style = style;
    this.sheet.replaceSync(highlightCss(style));
  }

  /**
   * Adds the sheet to `root` unless it holds it already (adopted early, or before); the root's
   * own sheets stay as they are.
   */
  adopt(root: Document | ShadowRoot): void {
    if (this.roots.has(root) && root.adoptedStyleSheets.includes(this.sheet)) return;
    this.roots.add(root);
    if (root.adoptedStyleSheets.includes(this.sheet)) return;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch (error) {
      console.warn('[treaty-lens] could not style highlights here', error);
    }
  }

  destroy(): void {
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      } catch {
        // The root may belong to a document that is gone; nothing to give back then.
      }
    }
    this.roots.clear();
  }
}
