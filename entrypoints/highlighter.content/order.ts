/**
 * Document order across shadow roots. `compareDocumentPosition` only orders nodes of one tree;
 * a node inside a shadow root is placed where its host is (and after the host itself).
 */

/** The node and the hosts it sits in, outermost first: [host, …, node]. */
function levels(node: Node): Node[] {
  const out = [node];
  for (
    let root = node.getRootNode();
    'host' in root;
    root = (root as ShadowRoot).host.getRootNode()
  ) {
    out.unshift((root as ShadowRoot).host);
  }
  return out;
}

/** Negative when `a` comes before `b`, positive when after, 0 for the same node. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const pa = levels(a);
  const pb = levels(b);
  for (let i = 0; ; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return pa.length - pb.length;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
