/**
 * How highlights look: `::highlight(treaty-lens-<entity id>)` rules for entity mentions and
 * `::highlight(treaty-lens-dispute-<dispute id>)` rules for disputed statements (a dotted
 * underline, no background: a claim on the page, not a name) in one constructed stylesheet,
 * adopted by the document and by each shadow root that holds a highlighted range (a
 * ::highlight() rule only styles text of its own tree). A document whose browser inherits
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
/** The CSS highlight name of a dispute's statements on the page (page contract). */
export const DISPUTE_PREFIX = 'treaty-lens-dispute-';

const VARIANTS: Record<Settings['style'], string> = {
  default: `background-color: rgba(255, 190, 40, 0.38);
  text-decoration: underline 0.12em rgba(200, 120, 0, 0.9);`,
  'high-contrast': `background-color: #ffe600; color: #000;
  text-decoration: underline 0.15em #000;`,
  underline: `background-color: transparent;
  text-decoration: underline 0.12em solid #d97706;`,
};

/** Statements: a dotted underline in every style, never a background of their own. */
const STATEMENT_VARIANTS: Record<Settings['style'], string> = {
  default: 'text-decoration: underline dotted 0.14em #7a4fd6;',
  'high-contrast': 'text-decoration: underline dotted 0.18em #000;',
  underline: 'text-decoration: underline dotted 0.14em #7a4fd6;',
};

/**
 * The rules; `scope` ':root' puts them on the root element only (for highlight inheritance).
 * `::highlight()` takes no wildcard: one selector per name.
 */
export function highlightCss(
  style: Settings['style'],
  { scope = '', disputes = [] }: { scope?: string; disputes?: readonly string[] } = {},
): string {
  const selectorOf = (names: readonly string[]) =>
    names.map((name) => `${scope}::highlight(${name})`).join(',\n');
  const entities = selectorOf(ENTITY_IDS.map((id) => HIGHLIGHT_PREFIX + id));
  const rules = [
    `${entities} {\n  ${VARIANTS[style]}\n}`,
    `@media (forced-colors: active) {\n${entities} { background-color: Highlight; color: HighlightText; }\n}`,
  ];
  if (disputes.length > 0) {
    const statements = selectorOf(disputes.map((id) => DISPUTE_PREFIX + id));
    rules.push(
      `${statements} {\n  ${STATEMENT_VARIANTS[style]}\n  text-underline-offset: 0.22em;\n}`,
      `@media (forced-colors: active) {\n${statements} { text-decoration-color: CanvasText; }\n}`,
    );
  }
  return rules.join('\n');
}

export class HighlightStyles {
  private readonly sheet = new CSSStyleSheet();
  /** The rules on `:root`, for a document whose highlight styles inherit. */
  private readonly rootSheet = new CSSStyleSheet();
  private readonly roots = new Set<Document | ShadowRoot>();
  /** The disputes whose statements can be highlighted (those with a detector). */
  private readonly disputes: readonly string[];

  constructor({
    style,
    disputes = [],
  }: { style: Settings['style']; disputes?: readonly string[] }) {
    this.disputes = disputes;
    this.setStyle(style);
  }

  setStyle(style: Settings['style']): void {
    this.sheet.replaceSync(highlightCss(style, { disputes: this.disputes }));
    this.rootSheet.replaceSync(highlightCss(style, { scope: ':root', disputes: this.disputes }));
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
