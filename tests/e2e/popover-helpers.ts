/**
 * Pieces of the popover and viewer end-to-end tests: the fixture pages, the popover's locators,
 * and an independent reading of data/ to know what the popover should show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from './harness';
import { mentionRectsInPage } from './marks';
import { exposeUi, inUi, type UiLocator, uiLocator } from './ui';

export const FIXTURES = join(ROOT, 'tests/fixtures/popover');
/** The card's dialog, inside the extension's closed shadow root (see ui.ts). */
export const DIALOG = '[role="dialog"]';

interface Evidence {
  source: string;
  quote: string;
  via?: string[];
}
interface ClaimData {
  id: string;
  about: string[];
  statement: string;
  evidence: Evidence[];
}
interface DisputeData {
  id: string;
  about: string[];
  kind: 'fact' | 'characterisation' | 'naming';
  question: string;
  accounts: { statement: string; evidence: Evidence[] }[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

export const DATA = {
  sources:
    readJson<{ id: string; outlet: string; title: string; attribution: string }[]>(
      'data/sources.json',
    ),
  entities:
    readJson<{ id: string; name: string; role: string; kind: string }[]>('data/entities.json'),
  claims: readJson<ClaimData[]>('data/claims.json'),
  disputes: readJson<DisputeData[]>('data/disputes.json'),
};

/** What the card for `id` should hold, computed straight from data/ (not from core/views). */
export function expected(id: string) {
  const claims = DATA.claims
    .filter((c) => c.about.includes(id))
    .map((c) => ({ ...c, count: new Set(c.evidence.map((e) => e.source)).size }));
  const about = DATA.disputes.filter((d) => d.about.includes(id));
  // Differing accounts: facts, then characterisations; naming variants are shown apart.
  const disputes = [
    ...about.filter((d) => d.kind === 'fact'),
    ...about.filter((d) => d.kind === 'characterisation'),
  ];
  const namings = about.filter((d) => d.kind === 'naming');
  const entity = DATA.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id} in data/entities.json`);
  return {
    entity,
    corroborated: claims.filter((c) => c.count >= 2),
    single: claims.filter((c) => c.count === 1),
    disputes,
    namings,
  };
}

/** The card's elements matching `selector` (the dialog itself without one). */
export function dialog(page: Page | Frame, selector = ''): UiLocator {
  return uiLocator(page, `${DIALOG} ${selector}`.trim());
}

export async function isOpen(page: Page | Frame): Promise<boolean> {
  return inUi(page, (root) => !!root?.querySelector('.tl-popover.tl-open'), null);
}

/** The entity id of the open card, or null. */
export async function openEntity(page: Page | Frame): Promise<string | null> {
  return inUi(
    page,
    (root) =>
      root?.querySelector<HTMLElement>('.tl-popover.tl-open .tl-card')?.dataset.entity ?? null,
    null,
  );
}

export async function waitOpen(page: Page | Frame, entity?: string) {
  const selector = entity ? `.tl-card[data-entity="${entity}"]` : '.tl-card';
  await dialog(page, selector).waitFor({ state: 'visible', timeout: 5_000 });
}

export async function waitClosed(page: Page | Frame) {
  const deadline = Date.now() + 5_000;
  while (await isOpen(page)) {
    if (Date.now() > deadline) throw new Error('the popover did not close');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Where the page shows its nth highlight of `entity`: the range's boxes, read in the page. */
function mentionRects(page: Page | Frame, entity: string, nth: number) {
  return page.evaluate(mentionRectsInPage, { entity, nth });
}

/** A highlighted mention as the tests handle it: its text, its box, and a real pointer on it. */
export interface MentionHandle {
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  textContent(): Promise<string>;
  click(): Promise<void>;
  hover(): Promise<void>;
  /** Runs `fn` in the page on the element the mention's text is in. */
  evaluate<R>(fn: (el: Element) => R): Promise<R>;
}

/**
 * Where the page has its nth highlight of `entity` (document order), scrolled into view, for
 * pointer moves: the first line box (a mention that wraps has a bounding box whose centre may
 * be between lines) and its centre.
 */
export async function markBox(page: Page, entity: string, nth = 0) {
  const deadline = Date.now() + 10_000;
  let rects = await mentionRects(page, entity, nth);
  while (!rects?.length) {
    if (Date.now() > deadline) throw new Error(`no highlight #${nth} of ${entity}`);
    await new Promise((done) => setTimeout(done, 50));
    rects = await mentionRects(page, entity, nth);
  }
  const inView = await page.evaluate(
    (r) => r.y >= 0 && r.y + r.height <= innerHeight && r.x >= 0 && r.x + r.width <= innerWidth,
    rects[0] as { x: number; y: number; width: number; height: number },
  );
  if (!inView) {
    await page.evaluate(
      ({ name, nth }) => {
        const ranges = [...(CSS.highlights.get(name) ?? [])]
          .filter((r) => !r.collapsed && r.startContainer.isConnected)
          .sort((a, b) => {
            const x = document.createRange();
            x.setStart(a.startContainer, a.startOffset);
            const y = document.createRange();
            y.setStart(b.startContainer, b.startOffset);
            return x.compareBoundaryPoints(Range.START_TO_START, y);
          });
        ranges[nth]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      },
      { name: `treaty-lens-${entity}`, nth },
    );
    rects = (await mentionRects(page, entity, nth)) ?? rects;
  }
  const first = rects[0] as { x: number; y: number; width: number; height: number };
  const box = { x: first.x, y: first.y, width: first.width, height: first.height };
  const centre = async () => {
    const now = (await mentionRects(page, entity, nth))?.[0];
    if (!now) throw new Error(`the highlight #${nth} of ${entity} is gone`);
    return { x: now.x + now.width / 2, y: now.y + now.height / 2 };
  };
  const mark: MentionHandle = {
    boundingBox: async () => (await mentionRects(page, entity, nth))?.[0] ?? null,
    textContent: async () =>
      (await page.evaluate(
        ({ name, nth }) => {
          const ranges = [...(CSS.highlights.get(name) ?? [])].filter(
            (r) => !r.collapsed && r.startContainer.isConnected,
          );
          const texts = ranges.map((r) => {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            return live;
          });
          texts.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
          return texts[nth]?.toString() ?? '';
        },
        { name: `treaty-lens-${entity}`, nth },
      )) as string,
    async click() {
      const { x, y } = await centre();
      await page.mouse.click(x, y);
    },
    async hover() {
      const { x, y } = await centre();
      await page.mouse.move(x, y);
    },
    evaluate: (fn) =>
      page.evaluate(
        `(${fn.toString()})([...CSS.highlights.get(${JSON.stringify(`treaty-lens-${entity}`)})].filter((r) => !r.collapsed && r.startContainer.isConnected).sort((a, b) => { const x = document.createRange(); x.setStart(a.startContainer, a.startOffset); const y = document.createRange(); y.setStart(b.startContainer, b.startOffset); return x.compareBoundaryPoints(Range.START_TO_START, y); })[${nth}].startContainer.parentElement)`,
      ),
  };
  return { mark, box, x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * What has focus, seen through our closed root: "mention:<id>" (the interaction target on a
 * mention of that entity; "mention:dispute-<id>" on a disputed statement), "dialog", "popover:<tag>.<class>", "host" (our host, nothing inside),
 * or the page element's tag.
 */
export async function focused(page: Page | Frame): Promise<string> {
  const pageSide = await page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'none';
    const html = document.documentElement;
    if (active.parentElement === html && active.localName === 'div' && !active.shadowRoot)
      return 'ours?';
    return active.tagName.toLowerCase();
  });
  if (pageSide !== 'ours?') return pageSide;
  return inUi(
    page,
    (root) => {
      const inner = root?.activeElement;
      if (!root || root.host !== document.activeElement) return 'div';
      if (!inner) return 'host';
      if (inner.classList.contains('tl-target')) {
        const { entity, dispute } = (inner as HTMLElement).dataset;
        return entity ? `mention:${entity}` : `mention:dispute-${dispute}`;
      }
      if (inner.getAttribute('role') === 'dialog') return 'dialog';
      return `popover:${inner.tagName.toLowerCase()}.${inner.className || ''}`;
    },
    null,
  );
}

/** Waits until the page holds a highlight of `entity` (read from `CSS.highlights`). */
export async function waitMention(page: Page | Frame, entity: string, timeout = 10_000) {
  await page.waitForFunction(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])].some(
        (range) => !range.collapsed && range.startContainer.isConnected,
      ),
    `treaty-lens-${entity}`,
    { timeout },
  );
}

/** How many hosts of ours (a `<div>` under `<html>` with a closed root) the page holds. */
export function uiHosts(page: Page): Promise<number> {
  return exposeUi(page);
}

/**
 * Which highlight (its index in document order, entity mentions and disputed statements together) the extension's interaction target lies over,
 * and whether it is flashing and focused; -1 when it lies over none (or is hidden).
 */
export const targetOn = (page: Page | Frame) =>
  inUi(
    page,
    (root) => {
      const target = root?.querySelector<HTMLElement>('.tl-target');
      const none = { index: -1, flashing: false, focused: false };
      if (!target || target.hidden) return none;
      const box = target.getBoundingClientRect();
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('treaty-lens-')) continue;
        for (const r of highlight) {
          if (!r.startContainer.isConnected) continue;
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          ranges.push(live);
        }
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const index = ranges.findIndex((range) =>
        [...range.getClientRects()].some(
          (r) => Math.abs(r.left - box.left) < 1 && Math.abs(r.top - box.top) < 1,
        ),
      );
      if (index < 0) return none;
      return {
        index,
        flashing: target.classList.contains('tl-flash'),
        focused: root?.activeElement === target,
      };
    },
    null,
  );
