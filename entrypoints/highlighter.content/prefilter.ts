import type { Matcher } from '@/core/matcher';

/**
 * Whether any text of a root may hold a candidate (the matcher's prefilter), text node by text
 * node and in slices: yes at the first node that may (a page that names an entity mostly does so
 * near its top), no once every node said no — each node is what the scan would see, so a no
 * misses nothing. One test over the root's textContent costs as much in all, but in one task
 * (~45 ms on a 2 MB page without a mention) and with a 2 MB string built first.
 */
export class PrefilterProbe {
  private readonly walker: TreeWalker;

  constructor(
    private readonly matcher: Matcher,
    readonly root: Node,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** The verdict, or null when `deadline` came first (the next run goes on from there). */
  run(deadline: number): boolean | null {
    let count = 0;
    for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
      if (this.matcher.mayContain((node as Text).data)) return true;
      if (++count % 64 === 0 && performance.now() >= deadline) return null;
    }
    return false;
  }
}
