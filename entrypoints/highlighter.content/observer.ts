/**
 * One MutationObserver for the document and every open shadow root we found.
 *
 * The extension's own writes must never come back as work: every write goes through `write()`,
 * which first takes the page's records still queued (they are delivered afterwards, so none is
 * lost) and, after the write, takes and drops the records our write produced. JavaScript runs one
 * thing at a time, so nothing the page does can land between those two calls.
 */

/** Attributes that can show or hide text (used to re-check text skipped as hidden). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

export class PageObserver {
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Node>();
  private backlog: MutationRecord[] = [];
  private backlogScheduled = false;

  constructor(private readonly onRecords: (records: MutationRecord[]) => void) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
  }

  observe(root: Node): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: VISIBILITY_ATTRIBUTES,
    });
  }

  /** Runs `fn`, a DOM write of ours, so that it produces no mutation records we act on. */
  write<T>(fn: () => T): T {
    const before = this.observer.takeRecords();
    try {
      return fn();
    } finally {
      this.observer.takeRecords();
      if (before.length > 0) this.deliverLater(before);
    }
  }

  /** The page's records not delivered yet (they will not be delivered again). */
  takeRecords(): MutationRecord[] {
    const records = [...this.backlog, ...this.observer.takeRecords()];
    this.backlog = [];
    return records;
  }

  disconnect(): void {
    this.observer.disconnect();
    this.roots.clear();
    this.backlog = [];
  }

  private deliverLater(records: MutationRecord[]): void {
    for (const record of records) this.backlog.push(record);
    if (this.backlogScheduled) return;
    this.backlogScheduled = true;
    queueMicrotask(() => {
      this.backlogScheduled = false;
      const records = this.backlog;
      this.backlog = [];
      if (records.length > 0) this.onRecords(records);
    });
  }
}
