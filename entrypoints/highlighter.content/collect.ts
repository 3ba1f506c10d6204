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
 * Yields the text nodes under `root` that may be highlighted (all of them when `text` is true;
 * none otherwise) and reports every open shadow root found on the way, so the caller can walk
 * and observe it too. A TreeWalker rejects whole skipped subtrees at once.
 *
 * The walk is resumable across tasks; if the page detaches the node the walk stopped at, it
 * restarts from the root (nodes already handled are skipped by the caller).
 */
export function* walkText({
  root,
  text,
  onShadowRoot,
}: {
  root: Node;
  text: boolean;
  onShadowRoot: (shadowRoot: ShadowRoot) => void;
}): Generator<Text, void, undefined> {
  if (root.nodeType === Node.TEXT_NODE) {
    if (text) yield root as Text;
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const show = text ? NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT : NodeFilter.SHOW_ELEMENT;
  const walker = doc.createTreeWalker(root, show, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element)) return NodeFilter.FILTER_REJECT;
      if (element.shadowRoot) onShadowRoot(element.shadowRoot);
      return NodeFilter.FILTER_SKIP;
    },
  });
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) {
    onShadowRoot((root as Element).shadowRoot as ShadowRoot);
  }
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    yield node as Text;
    if (!root.isConnected) return;
    if (!walker.currentNode.isConnected) walker.currentNode = root;
  }
}
