/**
 * A block's text as one string, for the statement detectors: a sentence runs across inline
 * elements ("landed at <b>2:22</b> a.m."), so the text nodes of a paragraph are read together,
 * with a table from offsets in the joined text back to the nodes. Blocks are told by tag, not
 * by computed style: no style read for what is a question of sentences, not of layout.
 */
import { isSkippedElement } from './off-limits';

/** Elements whose text is a unit of prose of its own (nested ones are their own blocks). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'figcaption',
  'caption',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'pre',
  'summary',
  'details',
  'body',
]);

/**
 * The block the text directly in `element` belongs to: `element` or its nearest block ancestor
 * in the same tree (the outermost element when there is none, e.g. inline text of a shadow root).
 */
export function blockAround(element: Element): Element {
  let last = element;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (BLOCK_TAGS.has(current.localName)) return current;
    last = current;
  }
  return last;
}

export interface BlockText {
  readonly text: string;
  /** The block's text nodes in order, and where each starts in `text`. */
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
}

/**
 * The text of `block` without that of nested blocks and off-limits elements; a `<br>` and the
 * edge of a nested block read as a line break, so no sentence runs across them.
 */
export function readBlock(block: Element): BlockText {
  const doc = block.ownerDocument;
  // Set where the walk passes a <br> or skips a nested block: the next text starts a new line.
  let gap = false;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (BLOCK_TAGS.has(element.localName) || element.localName === 'br') {
        gap = true;
        return NodeFilter.FILTER_REJECT;
      }
      return isSkippedElement(element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (gap && text !== '') text += '\n';
    gap = false;
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  return { text, nodes, starts };
}

/** The node and offset at `offset` of the joined text (a boundary between nodes: the later). */
function place(block: BlockText, offset: number, end: boolean): { at: number; offset: number } {
  const { nodes, starts } = block;
  // The last node starting at or before the offset (for an end: strictly before it).
  let at = -1;
  for (let i = 0; i < nodes.length; i++) {
    const start = starts[i] as number;
    if (end ? start < offset : start <= offset) at = i;
    else break;
  }
  const node = nodes[Math.max(at, 0)] as Text;
  const within = offset - (starts[Math.max(at, 0)] as number);
  return { at: Math.max(at, 0), offset: Math.min(Math.max(within, 0), node.length) };
}

/** A StaticRange over `[start, end)` of the joined text, and the text nodes it covers. */
export function rangeIn(
  block: BlockText,
  start: number,
  end: number,
): { range: StaticRange; nodes: Text[] } | null {
  if (block.nodes.length === 0 || end <= start) return null;
  const from = place(block, start, false);
  const to = place(block, end, true);
  const startContainer = block.nodes[from.at] as Text;
  const endContainer = block.nodes[to.at] as Text;
  if (to.at < from.at || (to.at === from.at && to.offset <= from.offset)) return null;
  return {
    range: new StaticRange({
      startContainer,
      startOffset: from.offset,
      endContainer,
      endOffset: to.offset,
    }),
    nodes: block.nodes.slice(from.at, to.at + 1),
  };
}
