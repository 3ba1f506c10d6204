/**
 * Nodes waiting to be walked: first in, first out, each at most once, with `has` for the
 * ancestor check. (A Set alone would do, but taking its first entry again and again walks past
 * every entry deleted before it: quadratic for a burst of 10,000 added nodes.)
 */
export class RootQueue {
  private items: Node[] = [];
  private head = 0;
  private readonly members = new Set<Node>();

  get size(): number {
    return this.members.size;
  }

  has(node: Node): boolean {
    return this.members.has(node);
  }

  add(node: Node): void {
    if (this.members.has(node)) return;
    this.members.add(node);
    this.items.push(node);
  }

  shift(): Node | undefined {
    while (this.head < this.items.length) {
      const node = this.items[this.head++] as Node;
      if (this.members.delete(node)) return node;
    }
    this.clear();
    return undefined;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
    this.members.clear();
  }
}
