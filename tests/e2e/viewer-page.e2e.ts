/**
 * The source viewer (`sources.html#source=<id>&quote=<text>`) on its own: the passage is marked
 * and on screen, every quote in data/ can be found, the other sources are one click away, the
 * hash drives the page, and a bad address gets a message and the list instead of a blank page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_PATH, ROOT, withExtension } from './harness';
import { DATA } from './popover-helpers';

const { session } = withExtension();
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  base = `chrome-extension://${session.extensionId}/sources.html`;
  ({ page, errors } = await session.newPage());
});

const hash = (source: string, quote?: string) =>
  `#source=${source}${quote ? `&quote=${encodeURIComponent(quote)}` : ''}`;

async function inViewport(selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });
}

const HERALD_QUOTE =
  'Kim lauded the agreement as the “strongest treaty in the history of bilateral ties,”';

describe('viewer', () => {
  test('shows the article with its metadata and the quoted passage marked and in view', async () => {
    await page.goto(`${base}${hash('koreaherald', HERALD_QUOTE)}`);
    const passage = page.locator('mark.tv-passage');
    await passage.first().waitFor();
    expect(await passage.evaluateAll((els) => els.map((e) => e.textContent).join(''))).toBe(
      HERALD_QUOTE,
    );
    await expect.poll(() => inViewport('mark.tv-passage')).toBe(true);
    expect(await page.locator('h1.tv-headline').textContent()).toBe(
      "Putin, Kim sign treaty for mutual military support against 'aggression'",
    );
    expect(await page.locator('.tv-meta').first().textContent()).toContain('By Ji Da-gyum');
    expect(await page.locator('.tv-meta').first().textContent()).toContain('19 June 2024');
    // The Korea Herald's text does not name the outlet: the page says the name is inferred.
    expect(await page.locator('.tv-inferred').textContent()).toMatch(/inferred/i);
    expect(await page.locator('nav a[aria-current="page"]').getAttribute('data-source')).toBe(
      'koreaherald',
    );
    expect(errors).toEqual([]);
  });

  test('an outlet printed in the article carries no inferred note', async () => {
    await page.goto(`${base}${hash('joongang')}`);
    await page.locator('article[data-source="joongang"]').waitFor();
    expect(await page.locator('.tv-inferred').count()).toBe(0);
    expect(await page.locator('mark.tv-passage').count()).toBe(0);
  });

  test('the other four sources are one click away, and the hash drives the page', async () => {
    await page.goto(`${base}${hash('koreaherald', HERALD_QUOTE)}`);
    await page.locator('mark.tv-passage').first().waitFor();
    const links = page.locator('nav.tv-nav a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-source')))).toEqual(
      DATA.sources.map((s) => s.id),
    );
    await page.locator('nav.tv-nav a[data-source="eir"]').click();
    await page.locator('article[data-source="eir"]').waitFor();
    expect(await page.locator('mark.tv-passage').count()).toBe(0);
    // A hash change alone re-renders, with a new passage.
    const quote = 'mutual assistance in the event of aggression';
    await page.evaluate(
      (h) => {
        location.hash = h;
      },
      hash('eir', quote),
    );
    await page.locator('mark.tv-passage').first().waitFor();
    expect(await page.locator('mark.tv-passage').first().textContent()).toBe(quote);
    expect(await page.title()).toContain(DATA.sources.find((s) => s.id === 'eir')?.outlet);
  });

  test('a bad source id shows a message and the source list, not a blank page', async () => {
    await page.goto(`${base}#source=nytimes&quote=anything`);
    await page.locator('.tv-missing').waitFor();
    expect(await page.locator('[role="alert"]').textContent()).toContain('“nytimes”');
    const listed = page.locator('.tv-source-list a');
    expect(await listed.count()).toBe(DATA.sources.length);
    await listed.nth(1).click();
    await page.locator(`article[data-source="${DATA.sources[1]?.id}"]`).waitFor();
  });

  test('a missing source shows the list; a quote that is not there says so', async () => {
    await page.goto(base);
    await page.locator('.tv-missing').waitFor();
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/does not name a source/);
    await page.goto(`${base}${hash('asiae', 'words that the article never says')}`);
    await page.locator('.tv-notice-missing').waitFor();
    expect(await page.locator('.tv-notice-missing').textContent()).toMatch(/not found/);
    expect(await page.locator('.tv-text').textContent()).toContain('Russia');
  });

  test('hostile text in the address is shown as text', async () => {
    const quote = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.goto(
      `${base}#source=${encodeURIComponent(quote)}&quote=${encodeURIComponent(quote)}`,
    );
    await page.locator('.tv-missing').waitFor();
    expect(await page.locator('[role="alert"]').textContent()).toContain(quote);
    expect(await page.locator('img, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  test('every quote in data/ is found and marked in its source', async () => {
    const evidence = [
      ...DATA.claims.flatMap((c) => c.evidence),
      ...DATA.disputes.flatMap((d) => d.accounts.flatMap((a) => a.evidence)),
    ];
    expect(evidence.length).toBeGreaterThan(50);
    await page.goto(`${base}${hash('eir')}`);
    const result = await page.evaluate(async (all) => {
      const notFound: string[] = [];
      let found = 0;
      let previous = '';
      for (const { source, quote } of all) {
        const address = `#source=${source}&quote=${encodeURIComponent(quote)}`;
        if (address === previous) {
          found++; // the same evidence twice in a row: already checked
          continue;
        }
        previous = address;
        const before = document.querySelector('article');
        location.hash = address;
        // Wait for this address's own render (a new article element), then read its outcome.
        for (let t = 0; t < 200; t++) {
          await new Promise((r) => requestAnimationFrame(r));
          const article = document.querySelector(`article[data-source="${source}"]`);
          if (!article || article === before) continue;
          if (article.querySelector('mark.tv-passage')) {
            found++;
            break;
          }
          if (article.querySelector('.tv-notice-missing')) {
            notFound.push(`${source}: ${quote}`);
            break;
          }
        }
      }
      return { found, notFound };
    }, evidence);
    expect(result.notFound).toEqual([]);
    expect(result.found).toBe(evidence.length);
  });
});

test('article texts ship with the viewer only, never in the content script', () => {
  const quotes = [
    ...DATA.claims.flatMap((c) => c.evidence),
    ...DATA.disputes.flatMap((d) => d.accounts.flatMap((a) => a.evidence)),
  ].map((e) => e.quote);
  const js = (dir: string) =>
    readdirSync(join(EXTENSION_PATH, dir))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(EXTENSION_PATH, dir, f), 'utf8'))
      .join('\n');
  // The loader and the highlighter chunk it imports run on every page that may hold a mention.
  const contentScript =
    js('content-scripts') + readFileSync(join(EXTENSION_PATH, 'highlights.js'), 'utf8');
  const viewer = js('chunks') + js('.');
  for (const source of DATA.sources) {
    const text = readFileSync(join(ROOT, 'data/sources', `${source.id}.txt`), 'utf8');
    // Lines of the article that no claim quotes and that are not its headline (sources.json has
    // that): only the article itself can carry them.
    const own = text
      .split('\n')
      .map((l) => l.trim())
      .filter(
        (l) =>
          l.length > 30 &&
          !/["\\]/.test(l) &&
          !quotes.some((q) => q.includes(l) || l.includes(q)) &&
          !DATA.sources.some((s) => s.title.includes(l)),
      );
    expect(own.length).toBeGreaterThan(0);
    for (const line of own) expect(contentScript.includes(line)).toBe(false);
    expect(own.some((line) => viewer.includes(line))).toBe(true);
  }
});
