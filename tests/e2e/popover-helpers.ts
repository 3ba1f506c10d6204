/**
 * Pieces of the popover and viewer end-to-end tests: the fixture pages, the popover's locators,
 * and an independent reading of data/ to know what the popover should show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

export const FIXTURES = join(ROOT, 'tests/fixtures/popover');
export const DIALOG = 'treaty-lens-popover [role="dialog"]';

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

export async function isOpen(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      !!document
        .querySelector('treaty-lens-popover')
        ?.shadowRoot?.querySelector('.tl-popover.tl-open'),
  );
}

/** The entity id of the open card, or null. */
export async function openEntity(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('treaty-lens-popover')
        ?.shadowRoot?.querySelector<HTMLElement>('.tl-popover.tl-open .tl-card')?.dataset.entity ??
      null,
  );
}

export async function waitOpen(page: Page, entity?: string) {
  const selector = entity ? `${DIALOG} .tl-card[data-entity="${entity}"]` : `${DIALOG} .tl-card`;
  await page.locator(selector).waitFor({ state: 'visible', timeout: 5_000 });
}

export async function waitClosed(page: Page) {
  await page.waitForFunction(
    () =>
      !document
        .querySelector('treaty-lens-popover')
        ?.shadowRoot?.querySelector('.tl-popover.tl-open'),
    undefined,
    { timeout: 5_000 },
  );
}

/** Where the page has its highlight of `entity` (the first one), for pointer moves. */
export async function markBox(page: Page, entity: string, nth = 0) {
  const mark = page.locator(`mark[data-treaty-lens="${entity}"]`).nth(nth);
  await mark.waitFor({ timeout: 10_000 });
  await mark.scrollIntoViewIfNeeded();
  // The first line box: a highlight that wraps has a bounding box whose centre may be between lines.
  const box = await mark.evaluate((el) => {
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  return { mark, box, x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The element with focus, seen through shadow roots: "mark:<id>", "dialog", a class, or a tag. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'none';
    if (active.matches('mark[data-treaty-lens]'))
      return `mark:${active.getAttribute('data-treaty-lens')}`;
    if (active.tagName.toLowerCase() === 'treaty-lens-popover') {
      const inner = active.shadowRoot?.activeElement;
      if (!inner) return 'host';
      if (inner.getAttribute('role') === 'dialog') return 'dialog';
      return `popover:${inner.tagName.toLowerCase()}.${inner.className || ''}`;
    }
    return active.tagName.toLowerCase();
  });
}
