/**
 * The highlights a page holds, read from outside the extension, in the page's own world: every
 * range of every `treaty-lens-<entity id>` CSS Custom Highlight in `CSS.highlights` (the page
 * contract), as `{ entity, text: range.toString() }` in document order, and that list once it
 * has stopped changing. One reader for every e2e test, so "the highlights on the page" means
 * the same everywhere; what differs between tests (shadow roots, frames, how long to wait) is an
 * option. `marksInPage` is self-contained: any driver can run it with a plain
 * `page.evaluate(marksInPage, walk)` (Playwright here, Puppeteer for Firefox).
 */
import type { Frame, Page } from 'playwright-core';

export interface MarkInfo {
  entity: string;
  text: string;
}

export interface MarkWalk {
  /**
   * Order ranges inside open shadow roots where their host is, each shadow root before its
   * host's light-DOM children (default). With false, the ranges are ordered with
   * `compareBoundaryPoints` alone, without walking the page node by node: reading a 2 MB page
   * that way would itself be a long task in the page being measured. (Frames are then not read.)
   */
  shadowRoots?: boolean;
  /** Read same-origin iframes too, each one's highlights in place of the iframe. */
  frames?: boolean;
  /**
   * Which highlights: the entity mentions (`treaty-lens-<entity id>`, default), the disputed
   * statements (`treaty-lens-dispute-<dispute id>`; `entity` then holds the dispute id), or all
   * of them (`entity` is a statement's `dispute-<dispute id>`).
   */
  highlights?: 'entities' | 'statements' | 'all';
}

/**
 * Runs inside the page (self-contained; node types instead of `instanceof`, which fails for
 * nodes of another frame's realm): the page's `treaty-lens-*` highlights in document order.
 */
export function marksInPage(walk: MarkWalk = {}): MarkInfo[] {
  const { shadowRoots = true, frames = false, highlights = 'entities' } = walk;
  const PREFIX = 'treaty-lens-';
  const DISPUTE = `${PREFIX}dispute-`;
  type Found = { entity: string; range: AbstractRange };
  const fromRegistry = (win: Window): Found[] => {
    const found: Found[] = [];
    const registry = (win as unknown as { CSS: { highlights?: Map<string, Set<AbstractRange>> } })
      .CSS.highlights;
    if (!registry) return found;
    for (const [name, highlight] of registry) {
      if (!name.startsWith(PREFIX)) continue;
      const statement = name.startsWith(DISPUTE);
      if (highlights !== 'all' && statement !== (highlights === 'statements')) continue;
      const entity = name.slice((highlights === 'statements' ? DISPUTE : PREFIX).length);
      for (const range of highlight) found.push({ entity, range });
    }
    return found;
  };
  const textOf = (range: AbstractRange): string => {
    const { startContainer, startOffset, endContainer, endOffset } = range;
    if (startContainer === endContainer && startContainer.nodeType === Node.TEXT_NODE) {
      return (startContainer as Text).data.slice(startOffset, endOffset);
    }
    const live = startContainer.ownerDocument?.createRange();
    if (!live) return '';
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
    return live.toString();
  };
  // A range counts while its text is in the document: the extension's are StaticRanges, which
  // do not collapse when the page removes their text (the extension drops them then).
  const live = ({ range }: Found) => !range.collapsed && range.startContainer.isConnected;
  if (!shadowRoots) {
    const found = fromRegistry(window).filter(live);
    const ranges = found.map(({ entity, range }) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return { entity, live };
    });
    ranges.sort((a, b) => a.live.compareBoundaryPoints(Range.START_TO_START, b.live));
    return ranges.map(({ entity, live }) => ({ entity, text: live.toString() }));
  }
  // Document order: a depth-first walk where an element's open shadow root comes before its
  // light-DOM children and a same-origin iframe's document stands in place of the iframe.
  const order = new Map<Node, number>();
  const all: Found[] = [];
  const visit = (node: Node): void => {
    order.set(node, order.size);
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.shadowRoot) for (const child of el.shadowRoot.childNodes) visit(child);
      const name = el.localName;
      if (frames && (name === 'iframe' || name === 'frame')) {
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
        } catch {
          doc = null;
        }
        const win = doc?.defaultView;
        if (doc?.documentElement && win) {
          all.push(...fromRegistry(win));
          visit(doc.documentElement);
        }
      }
    }
    for (const child of node.childNodes) visit(child);
  };
  all.push(...fromRegistry(window));
  visit(document);
  return all
    .filter((found) => live(found) && order.has(found.range.startContainer))
    .map(({ entity, range }) => ({
      entity,
      text: textOf(range),
      at: order.get(range.startContainer) ?? 0,
      offset: range.startOffset,
    }))
    .sort((a, b) => a.at - b.at || a.offset - b.offset)
    .map(({ entity, text }) => ({ entity, text }));
}

/**
 * A page or frame of any driver that can run `marksInPage` in it: Playwright's Page and Frame,
 * Puppeteer's Page and Frame (the Firefox suite).
 */
export interface MarkPage {
  evaluate(reader: typeof marksInPage, walk: MarkWalk): Promise<MarkInfo[]>;
}

/** Every highlight in the page or frame, in document order (see MarkWalk for what is read). */
export function readMarks({
  page,
  shadowRoots = true,
  frames = false,
  highlights = 'entities',
}: { page: MarkPage } & MarkWalk): Promise<MarkInfo[]> {
  return page.evaluate(marksInPage, { shadowRoots, frames, highlights });
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

/** The highlights once they stop changing: polled until the list stays the same for `quietMs`. */
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

/**
 * How many of the page's `treaty-lens-*` ranges start inside an element `selector` matches
 * (light DOM), or inside another document (a <template>'s content, say).
 */
export function highlightsInside({
  page,
  selector,
}: {
  page: Page | Frame;
  selector: string;
}): Promise<{ inside: number; elsewhere: number }> {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll(sel)];
    let inside = 0;
    let elsewhere = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('treaty-lens-')) continue;
      for (const range of highlight) {
        const node = range.startContainer;
        if (node.ownerDocument !== document) elsewhere++;
        else if (boxes.some((box) => box.contains(node))) inside++;
      }
    }
    return { inside, elsewhere };
  }, selector);
}

/** A highlight's box on screen, as `mentionRectsInPage` reads it. */
export interface MentionRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The line boxes of the `nth` mention of `entity` in document order (null while there is none),
 * after scrolling it to the middle of the viewport when `scroll` is set. The extension's ranges
 * may be StaticRanges, which have no boxes, so each is measured as a live Range. Runs in the
 * page: self-contained, for any driver's `evaluate` (Playwright and Puppeteer alike).
 */
export function mentionRectsInPage({
  entity,
  nth,
  scroll = false,
}: {
  entity: string;
  nth: number;
  scroll?: boolean;
}): MentionRect[] | null {
  const highlight = CSS.highlights.get(`treaty-lens-${entity}`);
  if (!highlight) return null;
  const ranges = [...highlight]
    .filter((r) => !r.collapsed && r.startContainer.isConnected)
    .map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    })
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[nth];
  if (!range) return null;
  if (scroll) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return [...range.getClientRects()].map((r) => ({
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
  }));
}
