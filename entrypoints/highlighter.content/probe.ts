/**
 * The loader's question: may this page's text hold a mention? The matcher's prefilter (one
 * regex over every alias, no lookaround: false positives allowed, false negatives impossible),
 * behind a cheaper test for its anchors (anchors.ts), is run text node by text node, in slices, over the document and every open shadow root: yes at
 * the first node that may hold one (a page that names an entity mostly does so near its top),
 * no once every node said no. A no holds until the page adds or changes text: a watcher then
 * tests just that text.
 */

/** Longest stretch of probing per task. */
const SLICE_MS = 8;

export interface ProbeOptions {
  doc: Document;
  /** The matcher's prefilter: made on first need (its first run compiles it: ~14 ms). */
  prefilter: () => RegExp;
  /** Words one of which any text the prefilter accepts holds (anchors.ts); null: none known. */
  anchors: RegExp | null;
  /** WXT's context timers (they die with the content script). */
  setTimeout: (handler: () => void, timeout?: number) => number;
  /** Called once, when some text may hold a mention. */
  onCandidate: () => void;
}

export class PageProbe {
  private readonly o: ProbeOptions;
  /** Roots still to probe (the body, shadow roots, what the page added). */
  private readonly roots: Node[] = [];
  private walker: TreeWalker | null = null;
  private observer: MutationObserver | null = null;
  private state: 'idle' | 'probing' | 'found' = 'idle';

  constructor(options: ProbeOptions) {
    this.o = options;
  }

  /** Probes the page from its body, and watches what comes later. */
  start(): void {
    const { doc } = this.o;
    if (this.state !== 'idle' || !doc.body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.watch(doc.documentElement ?? doc.body);
    this.roots.push(doc.body);
    this.state = 'probing';
    this.run();
  }

  /** Stops probing and watching (start() begins again from the body). */
  stop(): void {
    if (this.state !== 'found') this.state = 'idle';
    this.observer?.disconnect();
    this.observer = null;
    this.roots.length = 0;
    this.walker = null;
  }

  private watch(root: Node): void {
    this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.state === 'found') return;
    for (const record of records) {
      if (record.type === 'characterData') this.roots.push(record.target);
      else for (const node of record.addedNodes) this.roots.push(node);
    }
    if (this.state === 'idle') {
      this.state = 'probing';
      this.run();
    }
  }

  private run(): void {
    if (this.state !== 'probing') return;
    const deadline = performance.now() + SLICE_MS;
    const verdict = this.slice(deadline);
    if (verdict === true) {
      this.state = 'found';
      this.stop();
      this.o.onCandidate();
    } else if (verdict === null) {
      this.o.setTimeout(() => this.run(), 0);
    } else {
      this.state = 'idle';
    }
  }

  /** True: a candidate; false: nothing left to probe; null: the deadline came first. */
  private slice(deadline: number): boolean | null {
    const { anchors, prefilter } = this.o;
    // Most text holds no anchor: the prefilter (13 KB of regex) is compiled only for text that does.
    const test = (text: string) => (!anchors || anchors.test(text)) && prefilter().test(text);
    let count = 0;
    for (;;) {
      if (!this.walker) {
        const root = this.roots.shift();
        if (!root) return false;
        if (!root.isConnected) continue;
        const doc = root.ownerDocument ?? (root as Document);
        // Text and elements in one walk: elements for their open shadow roots.
        this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        if (this.visit(root, test)) return true;
      }
      const walker = this.walker;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (this.visit(node, test)) return true;
        if (++count % 64 === 0 && performance.now() >= deadline) return null;
      }
      this.walker = null;
    }
  }

  private visit(node: Node, test: (text: string) => boolean): boolean {
    if (node.nodeType === Node.TEXT_NODE) return test((node as Text).data);
    const shadowRoot = (node as Element).shadowRoot;
    if (shadowRoot) {
      this.roots.push(shadowRoot);
      this.watch(shadowRoot);
    }
    return false;
  }
}
