// How long a reader waits for the popover the first time on a page (cold: the content script
// has not shown a card yet), and the next time (warm): from the click on a highlight — or from
// the pointer arriving on it, hover intent (300 ms) included — to the card in the page.
// Usage: node scripts/bench/popover.mjs [--extension .output/chrome-mv3] [--runs 5]
// Each run is a fresh page load; timestamps are taken in the page (pointerover/click listener
// and a MutationObserver on the popover's open shadow root), so no CDP round trip is counted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** In the page: resolves with ms from the first `trigger` event on a mark to the card shown. */
const WATCH = (trigger) =>
  new Promise((done) => {
    let start = null;
    document.addEventListener(
      trigger,
      (event) => {
        if (start === null && event.target.closest?.('mark[data-treaty-lens]'))
          start = performance.now();
      },
      { capture: true },
    );
    const shown = () =>
      document
        .querySelector('treaty-lens-popover')
        ?.shadowRoot?.querySelector('.tl-popover.tl-open .tl-card');
    const check = () => {
      if (start !== null && shown()) {
        done(performance.now() - start);
        return true;
      }
      return false;
    };
    // The host appears on first use; after that the card changes inside its shadow root,
    // which an observer of the document does not see.
    let root = null;
    const observer = new MutationObserver(() => {
      const host = document.querySelector('treaty-lens-popover')?.shadowRoot;
      if (host && host !== root) {
        root = host;
        observer.observe(root, { subtree: true, childList: true, attributes: true });
      }
      if (check()) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const existing = document.querySelector('treaty-lens-popover')?.shadowRoot;
    if (existing) {
      root = existing;
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    }
  });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measure({ context, url, trigger, entity, again }) {
  const page = await context.newPage();
  await page.goto(url);
  // Not one inside a link: a click there follows the link (in hover mode).
  const mark = page.locator(`mark[data-treaty-lens="${entity}"]:not(a mark)`).first();
  await mark.waitFor({ timeout: 15_000 });
  await page.mouse.move(2, 2);
  await page.waitForTimeout(500); // the page settles; the highlighter has finished
  const times = [];
  for (let i = 0; i < (again ? 2 : 1); i++) {
    const watching = page.evaluate(`(${WATCH})(${JSON.stringify(trigger)})`);
    watching.catch(() => undefined); // reported where awaited
    await page.waitForTimeout(50);
    const box = await mark.boundingBox();
    if (!box) throw new Error('no mark box');
    if (trigger === 'click') await page.mouse.click(box.x + 3, box.y + box.height / 2);
    else await page.mouse.move(box.x + 3, box.y + box.height / 2);
    times.push(await watching);
    await page.keyboard.press('Escape');
    await page.mouse.click(2, 2);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(400);
  }
  await page.close();
  return times;
}

export async function main(argv = process.argv.slice(2)) {
  const at = (flag, fallback) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : fallback);
  const extensionPath = resolve(at('--extension', join(ROOT, '.output/chrome-mv3')));
  const runs = Number(at('--runs', 5));
  const jiti = createJiti(import.meta.url);
  const { serveDir } = await jiti.import(join(ROOT, 'tests/e2e/harness.ts'));
  const server = await serveDir(join(ROOT, 'tests/fixtures/popover'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'treaty-lens-popover-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    args: chromiumArgs({ extensionPath, headless: true }),
    viewport: { width: 1280, height: 900 },
  });
  const results = {};
  try {
    for (const trigger of ['click', 'pointerover']) {
      const cold = [];
      const warm = [];
      for (let i = 0; i < runs; i++) {
        const [first, second] = await measure({
          context,
          url: `${server.url}/article.html`,
          trigger,
          entity: 'putin',
          // Hover is measured the first time only (the intent delay dominates a warm hover).
          again: trigger === 'click',
        });
        cold.push(first);
        if (second !== undefined) warm.push(second);
      }
      results[trigger] = { cold, warm };
      const fmt = (list) =>
        `${median(list).toFixed(1)} ms (${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)})`;
      const next = warm.length > 0 ? `; next ${fmt(warm)}` : '';
      console.log(
        `${trigger === 'click' ? 'click' : 'hover'} → card: first on the page ${fmt(cold)}${next}`,
      );
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
