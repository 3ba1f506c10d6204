/**
 * How marks look. One constructed stylesheet, adopted by the document and by each shadow root
 * that holds marks: switching the reader's style is one `replaceSync`, with no node added to the
 * page and no attribute changed on it. (A `<style>` element would be a page change; a
 * manifest-injected CSS file cannot reach into shadow roots.)
 */
import type { Settings } from '@/core/settings';
import { MARK_ATTR } from './wrap';

/** Set on a mark for a moment when the reader jumps to it. */
export const FLASH_ATTR = 'data-treaty-lens-flash';

const MARK = `mark[${MARK_ATTR}]`;

const COMMON = `
${MARK} {
  color: inherit !important;
  font: inherit;
  padding: 0;
  margin: 0;
  border-radius: 0.15em;
  cursor: pointer;
}
${MARK}:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
${MARK}[${FLASH_ATTR}] { animation: treaty-lens-flash 1.6s ease-out 1; }
@keyframes treaty-lens-flash {
  0%, 35% { outline: 3px solid #e66100; outline-offset: 3px; }
  100% { outline: 3px solid transparent; outline-offset: 3px; }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK}[${FLASH_ATTR}] { animation: none; outline: 3px solid #e66100; outline-offset: 3px; }
}
@media (forced-colors: active) {
  ${MARK} { outline: 1px solid CanvasText; }
}
`;

const VARIANTS: Record<Settings['style'], string> = {
  default: `${MARK} {
  background-color: rgba(255, 190, 40, 0.35) !important;
  box-shadow: inset 0 -0.12em 0 rgba(200, 120, 0, 0.9);
}`,
  'high-contrast': `${MARK} {
  background-color: #ffe600 !important;
  color: #000 !important;
  box-shadow: inset 0 -0.15em 0 #000;
  outline: 1px solid #000;
}`,
  underline: `${MARK} {
  background-color: transparent !important;
  text-decoration: underline 0.12em solid #d97706;
  text-underline-offset: 0.18em;
}`,
};

export function markCss(style: Settings['style']): string {
  return `${COMMON}\n${VARIANTS[style]}`;
}

export class MarkStyles {
  private readonly sheet = new CSSStyleSheet();
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor({ style }: { style: Settings['style'] }) {
    this.setStyle(style);
  }

  setStyle(style: Settings['style']): void {
    this.sheet.replaceSync(markCss(style));
  }

  /** Adds the sheet to `root` once; the root's own sheets stay as they are. */
  adopt(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
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
