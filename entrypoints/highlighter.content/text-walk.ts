import { isSkippedElement } from './off-limits';

/** Text with something in it besides whitespace (most text nodes of a page are indentation). */
export const HAS_TEXT = /\S/;

/** How many nodes a walk visits between looks at the clock. */
const NODES_PER_CLOCK_CHECK = 16;

/**
 * A walk over `root` that can stop for the time budget and resume later. First every text node
 * that has more than whitespace and is not off limits, then the elements, to report each open
 * shadow root so the caller can walk and observe it too.
 *
 * Text nodes come from a filterless TreeWalker: a JavaScript filter called for every node cost
 * 170 ms on a 2 MB page, the walk alone 47 ms. Whether a text node is off limits is then asked
 * of its ancestors, each element once per walk (memoised): about 40 ms more on that page, and
 * spread over slices like the rest.
 *
 * Why not a cheap `test(root.textContent)` first: textContent glues the text of neighbouring
 * elements together ("Update 2" + "Novak was seen" → "Update 2Novak was seen"), so a mention
 * at the start or end of an element fails the matcher's word-boundary test there. Pages built
 * by frameworks rarely have whitespace between elements; that check would miss them.
 *
 * If the page detaches the node the walk stopped at, the walk restarts from the root (nodes
 * already handled are skipped by the caller).
 */
export class TextWalk {
  private readonly root: Node;
  private readonly texts: TreeWalker;
  private readonly elements: TreeWalker;
  private phase: 'root' | 'texts' | 'elements' | 'done' = 'root';
  /** Element → whether text under it is off limits (the root was checked by the caller). */
  private readonly skipped = new Map<Node, boolean>();
  private readonly withTexts: boolean;

  /**
   * `texts: false` walks the elements only, for their shadow roots: for a root whose text the
   * caller knows holds nothing to scan (no text node of it passed the matcher's prefilter),
   * while shadow roots — not walked by a document's TreeWalker — still need their own look.
   */
  constructor({ root, texts = true }: { root: Node; texts?: boolean }) {
    this.root = root;
    this.skipped.set(root, false);
    const doc = root.ownerDocument ?? (root as Document);
    this.texts = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    this.elements = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    this.withTexts = texts;
  }

  /** Whether the walk yields text (see the constructor). */
  get yieldsText(): boolean {
    return this.withTexts;
  }

  /** The text node the walk reached last (the root before the first). */
  get position(): Node {
    return this.texts.currentNode;
  }

  /**
   * Walks on until done (true) or past `deadline` (false), calling `onText` for each text node
   * and `onShadowRoot` for each open shadow root.
   */
  run({
    deadline,
    onText,
    onShadowRoot,
  }: {
    deadline: number;
    onText: (text: Text) => void;
    onShadowRoot: (shadowRoot: ShadowRoot) => void;
  }): boolean {
    const { root } = this;
    if (!root.isConnected) return true;
    if (this.phase === 'root') {
      if (this.withTexts && root.nodeType === Node.TEXT_NODE) onText(root as Text);
      const { shadowRoot } = root as Partial<Element>;
      if (shadowRoot) onShadowRoot(shadowRoot);
      this.phase = this.withTexts ? 'texts' : 'elements';
    }
    let count = 0;
    const tick = () => ++count % NODES_PER_CLOCK_CHECK === 0 && performance.now() >= deadline;
    if (this.phase === 'texts') {
      const walker = this.texts;
      if (!walker.currentNode.isConnected) walker.currentNode = root;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        if (HAS_TEXT.test(text.data) && !this.isSkipped(text)) onText(text);
        if (tick()) return false;
      }
      this.phase = 'elements';
    }
    if (this.phase === 'elements') {
      const walker = this.elements;
      if (!walker.currentNode.isConnected) walker.currentNode = root;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const { shadowRoot } = node as Element;
        if (shadowRoot) onShadowRoot(shadowRoot);
        if (tick()) return false;
      }
      this.phase = 'done';
    }
    return true;
  }

  private isSkipped(text: Text): boolean {
    const parent = text.parentNode;
    // Most text nodes share their parent with others already seen.
    const known = parent ? this.skipped.get(parent) : false;
    if (known !== undefined) return known;
    const below: Node[] = [];
    let skipped = false;
    for (let current = parent; current; current = current.parentNode) {
      const known = this.skipped.get(current);
      if (known !== undefined) {
        skipped = known;
        break;
      }
      below.push(current);
      if (current.nodeType === Node.ELEMENT_NODE && isSkippedElement(current as Element)) {
        skipped = true;
        break;
      }
    }
    for (const node of below) this.skipped.set(node, skipped);
    return skipped;
  }
}
