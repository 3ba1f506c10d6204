/**
 * Reading the page: which nodes to walk (the document, open shadow roots, what the page adds or
 * changes), the walk itself in slices, and one MutationObserver for the document and every open
 * shadow root found. The highlighter writes nothing into the page, so every record the observer
 * delivers is the page's own.
 */
import { hasAncestorIn, isInSkippedRegion, isSkippedElement } from './off-limits';
import { RootQueue } from './root-queue';
import { TextWalk } from './text-walk';

/** Attributes that can show or hide text (used to re-check text skipped as hidden). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

export interface ReaderEvents {
  /** A text node to scan (outside off-limits regions, with more than whitespace). */
  text(node: Text): void;
  /** The page changed this text node's text: what was found in it is stale. */
  changed(node: Text): void;
  /** The page removed nodes: highlights in them collapsed. */
  removed(): void;
  /** The page changed attributes that can show or hide text. */
  attributes(): void;
  /** The page changed something: the pump should run. */
  wake(): void;
}

export class PageReader {
  private readonly roots = new RootQueue();
  private walk: TextWalk | null = null;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly observer: MutationObserver;
  private readonly events: ReaderEvents;
  private mutations: MutationRecord[] = [];
  /** Whether text under a parent is off limits, until the reader runs dry (bursts share parents). */
  private readonly skippedParents = new Map<Node, boolean>();

  constructor({ events }: { events: ReaderEvents }) {
    this.events = events;
    this.observer = new MutationObserver((records) => {
      for (const record of records) this.mutations.push(record);
      events.wake();
    });
  }

  /** Starts with the document's body and watches the whole document. */
  start(doc: Document): void {
    if (!doc.body) return;
    this.observe(doc.documentElement ?? doc.body);
    this.roots.add(doc.body);
  }

  stop(): void {
    this.observer.disconnect();
    this.shadowRoots.clear();
    this.roots.clear();
    this.walk = null;
    this.mutations = [];
  }

  /** Whether there is page text left to read (changes, roots, a walk under way). */
  get busy(): boolean {
    return this.mutations.length > 0 || this.walk !== null || this.roots.size > 0;
  }

  /** Whether the next step walks text (for the matcher's warm-up before its first scan). */
  get readsTextNext(): boolean {
    return this.mutations.length === 0 && (this.walk !== null || this.roots.size > 0);
  }

  /** One unit of reading until `deadline`; false when there was nothing to read. */
  step(deadline: number): boolean {
    if (this.mutations.length > 0) {
      this.absorb(this.observer.takeRecords());
      return true;
    }
    if (!this.walk) {
      const root = this.takeRoot();
      if (!root) {
        // The page may change before the next run: what was off limits is asked again.
        this.skippedParents.clear();
        return false;
      }
      this.walk = new TextWalk({ root, texts: true });
    }
    const done = this.walk.run({
      deadline,
      onText: (text) => this.events.text(text),
      onShadowRoot: (shadowRoot) => this.addShadowRoot(shadowRoot),
    });
    if (done) this.walk = null;
    return true;
  }

  private observe(root: Node): void {
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: VISIBILITY_ATTRIBUTES,
    });
  }

  private absorb(more: MutationRecord[]): void {
    const mutations = this.mutations.concat(more);
    this.mutations = [];
    let removed = false;
    let attributes = false;
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        this.events.changed(mutation.target as Text);
        this.enqueue(mutation.target);
      } else if (mutation.type === 'childList') {
        if (mutation.removedNodes.length > 0) removed = true;
        for (const node of mutation.addedNodes) this.enqueue(node);
      } else {
        attributes = true;
      }
    }
    if (removed) this.events.removed();
    if (attributes) this.events.attributes();
  }

  private enqueue(node: Node): void {
    const type = node.nodeType;
    if (type === Node.TEXT_NODE || type === Node.ELEMENT_NODE) this.roots.add(node);
  }

  private takeRoot(): Node | null {
    for (let root = this.roots.shift(); root; root = this.roots.shift()) {
      // A detached root has nothing to show; an ancestor still queued covers this root.
      if (!root.isConnected || hasAncestorIn(root, this.roots)) continue;
      if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) continue;
      const parent = root.parentNode;
      if (parent && this.isSkippedParent(parent)) continue;
      return root;
    }
    return null;
  }

  private isSkippedParent(parent: Node): boolean {
    let skipped = this.skippedParents.get(parent);
    if (skipped === undefined) {
      skipped = isInSkippedRegion(parent);
      this.skippedParents.set(parent, skipped);
    }
    return skipped;
  }

  private addShadowRoot(shadowRoot: ShadowRoot): void {
    if (this.shadowRoots.has(shadowRoot) || isInSkippedRegion(shadowRoot.host)) return;
    this.shadowRoots.add(shadowRoot);
    this.observe(shadowRoot);
    this.roots.add(shadowRoot);
  }
}
