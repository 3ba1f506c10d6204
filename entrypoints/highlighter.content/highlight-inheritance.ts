/**
 * Whether this browser passes `::highlight()` styles down from an element to its descendants
 * (highlight inheritance): then one `:root::highlight()` rule styles the whole document, and
 * style recalcs compute highlight styles for the root only instead of for every element
 * (docs/performance.md). Chromium does; Firefox 153 does not, and paints nothing with a
 * `:root::highlight()` rule alone. Checked in the extension's closed shadow root, which the page
 * cannot see or observe, on two elements made for the check and removed again.
 */
const PROBE = 'treaty-lens-probe';
const COLOR = 'rgb(1, 2, 3)';

export function inheritsHighlights(root: ShadowRoot): boolean {
  const doc = root.ownerDocument;
  const parent = doc.createElement('div');
  const child = doc.createElement('span');
  parent.className = PROBE;
  parent.append(child);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.${PROBE}::highlight(${PROBE}) { color: ${COLOR}; }`);
  const sheets = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...sheets, sheet];
  root.append(parent);
  try {
    return getComputedStyle(child, `::highlight(${PROBE})`).color === COLOR;
  } finally {
    parent.remove();
    root.adoptedStyleSheets = sheets;
  }
}
