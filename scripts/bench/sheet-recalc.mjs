// What adopting a ::highlight() sheet costs a page's style recalc, in a plain headless Chromium
// (no extension): per selector (no sheet, `::highlight(x)`, `:root::highlight(x)`), a fresh load,
// one Highlight over the mentions' text registered (or not: --no-ranges), the sheet adopted and
// `checkVisibility()` of the body's last element timed; 3 loads each.
// Usage: node scripts/bench/sheet-recalc.mjs DIR FILE [--no-ranges]
//   e.g. node scripts/bench/sheet-recalc.mjs tests/fixtures/behaviour burst.html
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { chromium } from 'playwright-core';
import { findChromium } from '../chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const [dir, file, flag] = process.argv.slice(2);
const register = flag !== '--no-ranges';
const jiti = createJiti(import.meta.url);
const { serveDir } = await jiti.import(join(ROOT, 'tests/e2e/harness.ts'));
const server = await serveDir(resolve(dir));
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });

/** In the page: registers the highlight, adopts the sheet, times the forced recalc. */
async function measure({ selector, register }) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  await frame();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const highlight = new Highlight();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.search(/Putin|Kim Jong Un|Lavrov|Kozlov|Ushakov/);
    if (at < 0) continue;
    const bounds = { startContainer: node, startOffset: at, endContainer: node, endOffset: at + 5 };
    highlight.add(new StaticRange(bounds));
  }
  if (register) CSS.highlights.set('x', highlight);
  await frame();
  const start = performance.now();
  if (selector) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${selector} { background-color: yellow; }`);
    document.adoptedStyleSheets = [sheet];
  }
  document.body.lastElementChild?.checkVisibility();
  return {
    ms: performance.now() - start,
    ranges: highlight.size,
    elements: document.getElementsByTagName('*').length,
  };
}

try {
  for (const selector of [null, '::highlight(x)', ':root::highlight(x)']) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/${file}`);
      await page.waitForTimeout(800);
      runs.push(await page.evaluate(measure, { selector, register }));
      await page.close();
    }
    console.log(
      `${(selector ?? 'no sheet').padEnd(20)} recalc ${runs.map((r) => r.ms.toFixed(1)).join(' / ')} ms` +
        ` (${runs[0].elements} elements, ${register ? runs[0].ranges : 0} ranges registered)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
