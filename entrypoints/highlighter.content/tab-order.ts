/**
 * "Highlights in the tab order" without page elements: Tab and Shift+Tab visit the page's own
 * focusable elements and the mentions in document order, the mentions through the interaction
 * target. Given where focus is, `nextStop` says which comes next: a mention (the caller moves the
 * target there), a page element, or nothing we need to handle (the browser's own Tab does it).
 */
import type { PageMention } from './mention-index';
import { compareComposed } from './order';

const TABBABLE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

function isTabbable(element: HTMLElement): boolean {
  return (
    element.tabIndex >= 0 &&
    !(element as HTMLButtonElement).disabled &&
    element.checkVisibility({ visibilityProperty: true })
  );
}

export type Stop = { mention: PageMention } | { element: HTMLElement } | null;

/** A place in the document: a node, and for a mention's text node the offset in it. */
export interface Place {
  node: Node;
  offset: number;
}

function compare(a: Place, b: Place): number {
  return compareComposed(a.node, b.node) || a.offset - b.offset;
}

const placeOf = (mention: PageMention): Place => ({
  node: mention.node,
  offset: mention.range.startOffset,
});

/**
 * The stop after (or, `back`, before) `from` — a page element or a mention, whichever comes
 * first in document order. `from` null: from the start (or end) of the document.
 */
export function nextStop({
  doc,
  from,
  mentions,
  back,
}: {
  doc: Document;
  from: Place | null;
  mentions: readonly PageMention[];
  back: boolean;
}): Stop {
  const beyond = (place: Place) => {
    if (from === null) return true;
    const order = compare(place, from);
    return back ? order < 0 : order > 0;
  };
  const ordered = back ? [...mentions].reverse() : mentions;
  const mention = ordered.find((m) => beyond(placeOf(m)));
  const elements = [...doc.querySelectorAll<HTMLElement>(TABBABLE)];
  if (back) elements.reverse();
  const element = elements.find(
    (el) => beyond({ node: el, offset: 0 }) && !(from && el.contains(from.node)) && isTabbable(el),
  );
  if (!mention) return element ? { element } : null;
  if (!element) return { mention };
  const order = compare(placeOf(mention), { node: element, offset: 0 });
  return (back ? order > 0 : order < 0) ? { mention } : { element };
}
