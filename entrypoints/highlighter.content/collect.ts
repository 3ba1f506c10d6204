/**
 * Which of the page's text the highlighter may touch, and a walker that yields it.
 *
 * Never inside: form controls (their text is a value, not prose), editable regions and editors
 * (marks would end up in the user's document and move the caret), script-like and non-HTML
 * content, other browsing contexts, or the extension's own UI. `pre` and `code` stay searchable:
 * they are page text a reader sees.
 */
import { MARK_ATTR } from './wrap';

export const POPOVER_TAG = 'treaty-lens-popover';

const SKIP_TAGS = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  POPOVER_TAG,
]);

/** Rich-text and code editors that do not always say `contenteditable` on their root. */
const EDITOR_SELECTOR = [
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ace_editor',
  '.ProseMirror',
  '.ql-editor',
  '[role="textbox"]',
  '[role="combobox"]',
].join(',');

export function isSkippedElement(element: Element): boolean {
  const tag = element.localName;
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'mark' && element.hasAttribute(MARK_ATTR)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return element.matches(EDITOR_SELECTOR);
}

/** The node's parent, stepping from a shadow root to its host. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node
    ? (node as ShadowRoot).host
    : null;
}

/** Whether `node` or any of its ancestors (across shadow boundaries) is off limits. */
export function isInSkippedRegion(node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current.nodeType === Node.ELEMENT_NODE && isSkippedElement(current as Element)) return true;
  }
  return node.ownerDocument?.designMode === 'on';
}

/** Whether an ancestor of `node` (across shadow boundaries) is in `set`. */
export function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let current = composedParent(node); current; current = composedParent(current)) {
    if (set.has(current)) return true;
  }
  return false;
}

/**
 * Yields every text node under `root` (none of them filtered: the caller tests the few that
 * hold an alias against `isInSkippedRegion`, which is far cheaper than a JavaScript filter
 * called for every node), then walks the elements to report each open shadow root, so the
 * caller can walk and observe it too. Yields `null` now and then during the element walk so the
 * caller can stop for the time budget.
 *
 * Why not a cheap `test(root.textContent)` first: textContent glues the text of neighbouring
 * elements together ("Update 2" + "Novak was seen" → "Update 2Novak was seen"), so a mention
 * at the start or end of an element fails the matcher's word-boundary test there. Pages built
 * by frameworks rarely have whitespace between elements; that check would miss them.
 *
 * The walk is resumable across tasks; if the page detaches the node the walk stopped at, it
 * restarts from the root (nodes already handled are skipped by the caller).
 */
export function* walkText({
  root,
  onShadowRoot,
}: {
  root: Node;
  onShadowRoot: (shadowRoot: ShadowRoot) => void;
}): Generator<Text | null, void, undefined> {
  if (root.nodeType === Node.TEXT_NODE) {
    yield root as Text;
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const texts = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    yield node as Text;
    if (!root.isConnected) return;
    if (!texts.currentNode.isConnected) texts.currentNode = root;
  }
  const host = root as Element;
  if (host.shadowRoot) onShadowRoot(host.shadowRoot);
  const elements = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let count = 0;
  for (let node = elements.nextNode(); node; node = elements.nextNode()) {
    const { shadowRoot } = node as Element;
    if (shadowRoot) onShadowRoot(shadowRoot);
    if (++count % 64 === 0) {
      yield null;
      if (!root.isConnected) return;
      if (!elements.currentNode.isConnected) elements.currentNode = root;
    }
  }
}
