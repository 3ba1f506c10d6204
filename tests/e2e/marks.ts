/**
 * The highlights a page holds, read from outside the extension: every `<mark data-treaty-lens>`
 * in document order, and that list once it has stopped changing. One reader for every e2e test,
 * so "the marks on the page" means the same walk everywhere; what differs between tests (shadow
 * roots, frames, the popover, how long to wait) is an option.
 */

export interface MarkInfo {
  entity: string;
  text: string;
}

export interface MarkWalk {
  /**
   * Search open shadow roots, each before its host's light-DOM children (default). With false,
   * the light DOM of this document only, through one native query: reading a 2 MB page node by
   * node would itself be a long task in the page being measured. (Frames are then not searched.)
   */
  shadowRoots?: boolean;
  /** Search same-origin iframes too, each one's document in place of the iframe. */
  frames?: boolean;
  /**
   * Leave out the extension's own popover (`<treaty-lens-popover>`): it is not page content.
   * Off by default, so a mark inside the popover (the highlighter walking its own card) shows.
   */
  skipPopover?: boolean;
}

/**
 * Every mark in the document it runs in, in document order (see MarkWalk for what is searched).
 * This is the function itself, evaluated inside the page, so that every driver runs the same
 * reader: Playwright's and Puppeteer's `page.evaluate(marksInPage, walk)` both take it. It must
 * stay self-contained (no imports, no helpers from this module), and it tests node types instead
 * of `instanceof`, which fails for nodes of another frame's realm.
 */
export function marksInPage({ shadowRoots, frames, skipPopover }: Required<MarkWalk>): MarkInfo[] {
  const marks: { entity: string; text: string }[] = [];
  const add = (mark: Element) =>
    marks.push({
      entity: mark.getAttribute('data-treaty-lens') ?? '',
      text: mark.textContent ?? '',
    });
  if (!shadowRoots) {
    for (const mark of document.querySelectorAll('mark[data-treaty-lens]')) add(mark);
    return marks;
  }
  const visit = (node: Node): void => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (skipPopover && name === 'treaty-lens-popover') return;
      if (name === 'mark' && el.hasAttribute('data-treaty-lens')) add(el);
      if (el.shadowRoot) for (const child of el.shadowRoot.childNodes) visit(child);
      if (frames && (name === 'iframe' || name === 'frame')) {
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
        } catch {
          doc = null;
        }
        if (doc?.documentElement) visit(doc.documentElement);
      }
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(document);
  return marks;
}

/**
 * A page or frame of any driver that can run `marksInPage` in it: Playwright's Page and Frame,
 * Puppeteer's Page and Frame (the Firefox suite).
 */
export interface MarkPage {
  evaluate(reader: typeof marksInPage, walk: Required<MarkWalk>): Promise<MarkInfo[]>;
}

/** Every mark in the page or frame, in document order (see MarkWalk for what is searched). */
export function readMarks({
  page,
  shadowRoots = true,
  frames = false,
  skipPopover = false,
}: { page: MarkPage } & MarkWalk): Promise<MarkInfo[]> {
  return page.evaluate(marksInPage, { shadowRoots, frames, skipPopover });
}

export interface Settle extends MarkWalk {
  page: MarkPage;
  /** How long the list (ids, texts and order) must stay the same to count as settled. */
  quietMs?: number;
  /** Fail after this long, naming what was seen last. */
  timeoutMs?: number;
  /**
   * Do not settle on fewer marks than this: a highlighter that has not run yet also looks
   * settled at zero marks.
   */
  atLeast?: number;
  pollMs?: number;
  /**
   * Once `timeoutMs` passes, return a settled list shorter than `atLeast` instead of failing,
   * so that the caller's comparison shows what is missing.
   */
  shortOk?: boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The marks once they stop changing: polled until the list stays the same for `quietMs`. */
export async function settledMarks({
  page,
  quietMs = 300,
  timeoutMs = 10_000,
  atLeast = 0,
  pollMs = 50,
  shortOk = false,
  ...walk
}: Settle): Promise<MarkInfo[]> {
  const start = Date.now();
  let last = await readMarks({ page, ...walk });
  let lastKey = JSON.stringify(last);
  let changedAt = Date.now();
  for (;;) {
    await sleep(pollMs);
    const next = await readMarks({ page, ...walk });
    const nextKey = JSON.stringify(next);
    const now = Date.now();
    if (nextKey !== lastKey) {
      last = next;
      lastKey = nextKey;
      changedAt = now;
    }
    const settled = now - changedAt >= quietMs;
    if (settled && last.length >= atLeast) return last;
    if (now - start >= timeoutMs) {
      if (settled && shortOk) return last;
      const state = settled ? `settled on ${last.length} (< ${atLeast})` : 'still changing';
      throw new Error(
        `marks ${state} after ${timeoutMs} ms; last saw ${last.length}: ${lastKey.slice(0, 300)}`,
      );
    }
  }
}
