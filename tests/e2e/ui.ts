/**
 * The extension's own UI from a test: the interaction target and the popover live in a CLOSED
 * shadow root under a `<div>` appended to `<html>` (page contract), which no page script — and
 * no Playwright locator — can enter. Tests reach it through the DevTools protocol, as an outside
 * checker would: `DOM.getDocument` with `pierce` lists closed shadow roots, `DOM.resolveNode`
 * gives one to the page's main world, and the test keeps it there as `__treatyLensUi`. Only
 * tests do this; the page itself never gets it (tests/e2e/hostile/ checks that).
 *
 * `uiLocator` offers the few locator methods the tests use; a click or hover is a real pointer
 * at the element's box (Playwright's own actionability checks cannot see into closed roots).
 */
import type { CDPSession, ElementHandle, Frame, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

declare global {
  interface Window {
    __treatyLensUi?: ShadowRoot;
  }
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const pageOf = (where: Page | Frame): Page => ('page' in where ? where.page() : where);

/** Hands every closed shadow root of ours (a `<div>` child of `<html>`) to its frame's page world. */
export async function exposeUi(where: Page | Frame): Promise<number> {
  const client = await cdpOf(pageOf(where));
  const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const closed: number[] = [];
  const visit = (node: CdpNode) => {
    if (node.localName === 'html') {
      for (const child of node.children ?? []) {
        const shadow = child.shadowRoots?.[0];
        if (child.localName === 'div' && shadow?.shadowRootType === 'closed') {
          closed.push(shadow.backendNodeId);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
    for (const shadow of node.shadowRoots ?? []) visit(shadow);
    if (node.contentDocument) visit(node.contentDocument);
  };
  visit(root);
  for (const backendNodeId of closed) {
    const { object } = (await client.send('DOM.resolveNode', { backendNodeId })) as {
      object: { objectId?: string };
    };
    if (!object.objectId) continue;
    await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { this.ownerDocument.defaultView.__treatyLensUi = this; }',
    });
  }
  return closed.length;
}

/** Runs `fn` in the page with our shadow root (null while the extension has no UI there). */
export async function inUi<R, A>(
  where: Page | Frame,
  fn: (root: ShadowRoot | null, arg: A) => R,
  arg: A,
): Promise<R> {
  const has = await where.evaluate(() => !!window.__treatyLensUi?.host.isConnected);
  if (!has) await exposeUi(where);
  // An expression, which the protocol evaluates whatever the page's CSP says about eval.
  return where.evaluate(
    `(${fn.toString()})(window.__treatyLensUi ?? null, ${JSON.stringify(arg ?? null)})`,
  ) as Promise<R>;
}

export interface UiLocator {
  first(): UiLocator;
  nth(index: number): UiLocator;
  count(): Promise<number>;
  waitFor(options?: { state?: 'visible' | 'attached'; timeout?: number }): Promise<void>;
  click(): Promise<void>;
  hover(): Promise<void>;
  focus(): Promise<void>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  evaluate<R, A = undefined>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R>;
  evaluateAll<R>(fn: (els: Element[]) => R): Promise<R>;
  allTextContents(): Promise<string[]>;
  /** A picture of the element (scrolled into view first, as Playwright's own would be). */
  screenshot(options: { path: string }): Promise<void>;
}

/** Elements of our shadow root matching `selector` (the nth of them once narrowed). */
export function uiLocator(where: Page | Frame, selector: string, nth?: number): UiLocator {
  const handle = async (): Promise<ElementHandle<Element> | null> => {
    await inUi(where, () => null, null);
    const js = await where.evaluateHandle(
      ({ selector, nth }) => {
        const all = [...(window.__treatyLensUi?.querySelectorAll(selector) ?? [])];
        return all[nth ?? 0] ?? null;
      },
      { selector, nth },
    );
    return js.asElement() as ElementHandle<Element> | null;
  };
  const must = async () => {
    const el = await handle();
    if (!el) throw new Error(`no ${selector} in the extension's UI`);
    return el;
  };
  const box = async () => (await handle())?.boundingBox() ?? null;
  const centre = async () => {
    const el = await must();
    // As a locator's click would: into view first (the card scrolls inside itself).
    await el.evaluate((node) => node.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    const b = await el.boundingBox();
    if (!b) throw new Error(`${selector} has no box`);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const page = pageOf(where);
  return {
    first: () => uiLocator(where, selector, 0),
    nth: (index) => uiLocator(where, selector, index),
    count: () =>
      inUi(where, (root, sel) => (root ? root.querySelectorAll(sel).length : 0), selector),
    async waitFor({ state = 'visible', timeout = 5_000 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const found = await inUi(
          where,
          (root, { sel, at, visible }) => {
            const el = root ? [...root.querySelectorAll(sel)][at] : undefined;
            if (!el) return false;
            if (!visible) return true;
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          },
          { sel: selector, at: nth ?? 0, visible: state === 'visible' },
        );
        if (found) return;
        if (Date.now() > deadline) throw new Error(`${selector} not ${state} after ${timeout} ms`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    async click() {
      const { x, y } = await centre();
      await page.mouse.click(x, y);
    },
    async hover() {
      const { x, y } = await centre();
      await page.mouse.move(x, y);
    },
    async focus() {
      await (await must()).evaluate((el) => (el as HTMLElement).focus());
    },
    boundingBox: box,
    textContent: async () => (await must()).evaluate((el) => el.textContent),
    getAttribute: async (name) => (await must()).evaluate((el, n) => el.getAttribute(n), name),
    evaluate: async (fn, arg) =>
      (await must()).evaluate(fn as (el: Element, arg: unknown) => never, arg as never),
    evaluateAll: async (fn) => {
      await inUi(where, () => null, null);
      const list = await where.evaluateHandle(
        ({ selector }) => [...(window.__treatyLensUi?.querySelectorAll(selector) ?? [])],
        { selector },
      );
      return list.evaluate(fn as (els: Element[]) => never);
    },
    async screenshot({ path }) {
      await (await must()).screenshot({ path });
    },
    allTextContents: () =>
      inUi(
        where,
        (root, sel) =>
          root ? [...root.querySelectorAll(sel)].map((el) => el.textContent ?? '') : [],
        selector,
      ),
  };
}
