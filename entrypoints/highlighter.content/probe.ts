/**
 * The loader's question: may this page's text hold a mention? The matcher's prefilter (one
 * regex over every alias, no lookaround: false positives allowed, false negatives impossible),
 * behind a cheaper test for its anchors (anchors.ts), is run text node by text node, in slices,
 * over the document and every open shadow root: yes at the first node that may hold one (a page
 * that names an entity mostly does so near its top), no once every node said no. A no holds
 * until the page adds or changes text: a watcher then tests just that text.
 *
 * The prefilter is not in the loader: it comes with the highlighter's chunk, which the loader
 * starts loading at the first text that holds an anchor (`onAnchor`). Until it is there the
 * probe waits at that text, and `resume()` goes on from it.
 */

/** Longest stretch of probing per task. */
const SLICE_MS = 8;

export interface ProbeOptions {
  doc: Document;
  /**
   * The matcher's prefilter, null while it is not loaded yet (then the probe waits for
   * `resume()`). Its first run compiles it.
   */
  prefilter: () => RegExp | null;
  /** Words one of which any text the prefilter accepts holds (anchors.ts); null: none known. */
  anchors: RegExp | null;
  /** WXT's context timers (they die with the content script). */
  setTimeout: (handler: () => void, timeout?: number) => number;
  /** Called at each text that holds an anchor while the prefilter is not there (see resume). */
  onAnchor: () => void;
  /** Called once, when some text may hold a mention. */
  onCandidate: () => void;
}

export class PageProbe {
  private readonly o: ProbeOptions;
  /** Roots still to probe (the body, shadow roots, what the page added). */
  private readonly roots: Node[] = [];
  private walker: TreeWalker | null = null;
  /** The text that holds an anchor, waiting for the prefilter. */
  private waiting: Text | null = null;
  private observer: MutationObserver | null = null;
  private state: 'idle' | 'probing' | 'waiting' | 'found' = 'idle';

  constructor(options: ProbeOptions) {
    this.o = options;
  }

  /** Probes the page from its body, and watches what comes later (once; again after stop()). */
  start(): void {
    const { doc } = this.o;
    if (this.state !== 'idle' || this.observer || !doc.body) return;
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
    this.waiting = null;
  }

  /** Goes on probing after the prefilter arrived (see ProbeOptions.prefilter). */
  resume(): void {
    if (this.state !== 'waiting') return;
    this.state = 'probing';
    this.run();
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
    // 'waiting': the new roots are probed after resume().
  }

  private run(): void {
    if (this.state !== 'probing') return;
    const deadline = performance.now() + SLICE_MS;
    const verdict = this.slice(deadline);
    if (verdict === true) {
      this.state = 'found';
      this.stop();
      this.o.onCandidate();
    } else if (verdict === 'wait') {
      this.state = 'waiting';
      this.o.onAnchor();
    } else if (verdict === null) {
      this.o.setTimeout(() => this.run(), 0);
    } else {
      this.state = 'idle';
    }
  }

  /**
   * True: a candidate; false: nothing left to probe; null: the deadline came first; 'wait': a
   * text holds an anchor and the prefilter is not there yet.
   */
  private slice(deadline: number): boolean | null | 'wait' {
    const { anchors } = this.o;
    // Most text holds no anchor: the prefilter (13 KB of regex) is loaded and compiled only for
    // text that does.
    const test = (text: Text): boolean | 'wait' => {
      if (anchors && !anchors.test(text.data)) return false;
      const prefilter = this.o.prefilter();
      if (!prefilter) {
        this.waiting = text;
        return 'wait';
      }
      return prefilter.test(text.data);
    };
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting?.isConnected) {
      const verdict = test(waiting);
      if (verdict !== false) return verdict;
    }
    let count = 0;
    for (;;) {
      if (!this.walker) {
        const root = this.roots.shift();
        if (!root) return false;
        if (!root.isConnected) continue;
        const doc = root.ownerDocument ?? (root as Document);
        // Text and elements in one walk: elements for their open shadow roots.
        this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        const verdict = this.visit(root, test);
        if (verdict !== false) return verdict;
      }
      const walker = this.walker;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const verdict = this.visit(node, test);
        if (verdict !== false) return verdict;
        if (++count % 64 === 0 && performance.now() >= deadline) return null;
      }
      this.walker = null;
    }
  }

  private visit(node: Node, test: (text: Text) => boolean | 'wait'): boolean | 'wait' {
    if (node.nodeType === Node.TEXT_NODE) return test(node as Text);
    const shadowRoot = (node as Element).shadowRoot;
    if (shadowRoot) {
      this.roots.push(shadowRoot);
      this.watch(shadowRoot);
    }
    return false;
  }
}
