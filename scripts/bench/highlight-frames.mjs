// What a rendered frame costs with many ranges registered in CSS.highlights (docs/performance.md,
// fifth round, page e): on bench page (c) (100,000 small text nodes), registers N StaticRanges in
// one highlight, then times frames (median of 5) after nothing, after a DOM append alone (the
// page's change, no write of ours), after one highlight.add alone, and after a style change.
// Usage: node scripts/bench/highlight-frames.mjs [page.html]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const file = resolve(process.argv[2] ?? `${ROOT}/.tmp/bench/c.html`);

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: false,
  args: chromiumArgs({ headless: true }),
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const n of [0, 2000, 16000]) {
  await page.goto(pathToFileURL(file).href);
  await page.waitForTimeout(300);
  const out = await page.evaluate(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await frame();
    const texts = []; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (/\\S/.test(n.data)) texts.push(n);
    const range = (node) => new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: 1 });
    const s = new CSSStyleSheet(); s.replaceSync('::highlight(x) { background-color: yellow }');
    document.adoptedStyleSheets = [s];
    const h = new Highlight(); CSS.highlights.set('x', h);
    const step = Math.max(1, Math.floor(texts.length / Math.max(1, ${n})));
    for (let i = 0; i < ${n}; i++) h.add(range(texts[(i * step) % texts.length]));
    await frame(); await frame();
    const time = async (write) => {
      const samples = [];
      for (let k = 0; k < 5; k++) {
        write();
        const t = performance.now();
        await frame();
        samples.push(performance.now() - t);
      }
      samples.sort((a, b) => a - b);
      return +samples[2].toFixed(1);
    };
    const main = document.body;
    let k = 0;
    return {
      nothing: await time(() => {}),
      appendOnly: await time(() => { const p = document.createElement('p'); p.textContent = 'x' + k++; main.append(p); }),
      addOne: await time(() => h.add(range(texts[k++ * 7]))),
      styleOnly: await time(() => { main.style.setProperty('--x', String(k++)); }),
    };
  })()`);
  process.stdout.write(`ranges ${n}: frame ms (median of 5) ${JSON.stringify(out)}\n`);
}
await browser.close();
