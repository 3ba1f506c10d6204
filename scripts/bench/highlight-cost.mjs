// What invalidates style around CSS Custom Highlights (docs/performance.md, fifth round): on
// bench page (c) (100,000 small text nodes, `npm run bench` writes .tmp/bench/c.html), times
// `checkVisibility()` right after each kind of write we make, in one browser, one page load per
// case. Usage: node scripts/bench/highlight-cost.mjs [page.html]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const file = resolve(process.argv[2] ?? `${ROOT}/.tmp/bench/c.html`);

// Each case: a write, then one checkVisibility() of an element far down the page.
const CASES = {
  nothing: '',
  adoptHighlightSheet: `const s = new CSSStyleSheet(); s.replaceSync('::highlight(x) { background: yellow }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];`,
  adoptRootHighlightSheet: `const s = new CSSStyleSheet(); s.replaceSync(':root::highlight(x) { background-color: rgb(255, 255, 0) }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];`,
  adoptPlainSheet: `const s = new CSSStyleSheet(); s.replaceSync('.nothing-here { color: red }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];`,
  registerEmptyHighlight: `CSS.highlights.set('x', new Highlight());`,
  registerHighlightWithRange: `CSS.highlights.set('x', new Highlight(range()));`,
  addToRegistered: `const h = new Highlight(); CSS.highlights.set('x', h);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    window.__t0 = performance.now(); h.add(range());`,
  staticRangeOnly: `range();`,
  sheetThenFrameThenAdd: `const s = new CSSStyleSheet(); s.replaceSync('::highlight(x) { background: yellow }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
    const h = new Highlight(); CSS.highlights.set('x', h);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    window.__t0 = performance.now(); h.add(range());`,
};

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: false,
  args: chromiumArgs({ headless: true }),
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const out = {};
for (const [name, code] of Object.entries(CASES)) {
  await page.goto(pathToFileURL(file).href);
  await page.waitForTimeout(300);
  out[name] = await page.evaluate(`(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const texts = []; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (/\\S/.test(n.data)) texts.push(n);
    const node = texts[texts.length >> 1];
    const range = () => new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: 1 });
    const probe = texts[texts.length - 10].parentElement;
    window.__t0 = performance.now();
    ${code}
    const t1 = performance.now();
    probe.checkVisibility({ visibilityProperty: true });
    const t2 = performance.now();
    probe.checkVisibility({ visibilityProperty: true });
    const t3 = performance.now();
    const highlightBg = getComputedStyle(probe, '::highlight(x)').backgroundColor;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const t4 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const nextFrame = +(performance.now() - t4).toFixed(1);
    return { highlightBg, nextFrame, write: +(t1 - window.__t0).toFixed(1), firstCheck: +(t2 - t1).toFixed(1), secondCheck: +(t3 - t2).toFixed(1) };
  })()`);
  process.stdout.write(`${name}: ${JSON.stringify(out[name])}\n`);
}
await browser.close();
