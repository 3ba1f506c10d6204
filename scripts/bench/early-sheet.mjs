// Does the ::highlight sheet adopted at document_start (styles.ts, adoptEarly) cost the page
// anything? Loads a page alternately with and without such a sheet adopted by an init script
// (before any element exists), in one browser, and compares the document's main-thread time
// (CDP Performance.getMetrics TaskDuration, 1.5 s after load; medians). Modes: without a sheet,
// the ::highlight sheet early (init script), the same sheet adopted 300 ms after load (late, as
// before this round), and a plain sheet early (the init script's own cost).
// Usage: node scripts/bench/early-sheet.mjs [page.html …] (default: bench pages c and a)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((file) => resolve(file))
  : [`${ROOT}/.tmp/bench/c.html`, `${ROOT}/.tmp/bench/a.html`];
const LOADS = 5;
const sheetCode = (rule) => `(() => {
  const ids = Array.from({ length: 40 }, (_, i) => 'treaty-lens-entity-' + i);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${rule});
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
})()`;
const HIGHLIGHT = `ids.map((id) => '::highlight(' + id + ')').join(',') + ' { background-color: rgba(255, 190, 40, 0.38); text-decoration: underline 0.12em rgba(200, 120, 0, 0.9); }'`;
const PLAIN = `'.treaty-lens-nothing { color: red }'`;
const MODES = ['without', 'early', 'late', 'plain'];

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: false,
  args: chromiumArgs({ headless: true }),
});
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const file of files) {
  const busy = Object.fromEntries(MODES.map((mode) => [mode, []]));
  for (let k = 0; k < LOADS * MODES.length; k++) {
    const mode = MODES[k % MODES.length];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (mode === 'early') await context.addInitScript({ content: sheetCode(HIGHLIGHT) });
    if (mode === 'plain') await context.addInitScript({ content: sheetCode(PLAIN) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    if (mode === 'late') {
      await page.waitForTimeout(300);
      await page.evaluate(sheetCode(HIGHLIGHT));
    }
    await page.waitForTimeout(1500);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    busy[mode].push((m.TaskDuration - (m.DevToolsCommandDuration ?? 0)) * 1000);
    await context.close();
  }
  process.stdout.write(
    `${file.split('/').at(-1)} (medians of ${LOADS}): ${MODES.map((mode) => `${mode} ${median(busy[mode]).toFixed(1)} ms`).join(', ')}\n`,
  );
}
await browser.close();
