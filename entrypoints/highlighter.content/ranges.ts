/**
 * Boxes of what the extension highlights, for the moment they are needed (hit test, target,
 * popover): the index keeps StaticRanges (mention-index.ts says why), and a live Range is made
 * from one only when its boxes are asked for.
 */

/** Anything highlighted: the range, and the text node it starts in. */
export interface Ranged {
  readonly node: Text;
  readonly range: StaticRange;
}

/** A live Range over `mention`, for its boxes now; null once its text is gone. */
export function liveRange(mention: Ranged): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  const fits = (node: Node, offset: number) =>
    node.isConnected && offset <= (node as CharacterData).length;
  if (!fits(startContainer, startOffset) || !fits(endContainer, endOffset)) return null;
  const live = mention.node.ownerDocument.createRange();
  live.setStart(startContainer, startOffset);
  live.setEnd(endContainer, endOffset);
  return live;
}

/** Whether the point lies in one of the boxes of `mention`, with `slack` px around them. */
export function holdsPoint(
  mention: Ranged,
  point: { x: number; y: number; slack: number },
): boolean {
  const { x, y, slack } = point;
  for (const box of liveRange(mention)?.getClientRects() ?? []) {
    if (
      x >= box.left - slack &&
      x <= box.right + slack &&
      y >= box.top - slack &&
      y <= box.bottom + slack
    ) {
      return true;
    }
  }
  return false;
}
