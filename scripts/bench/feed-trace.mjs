// Where the main thread's time goes during bench page (e)'s feed, with the extension and without:
// the trace's events summed by name (nested events counted in their parents too), and the
// elements each style recalc touched. One browser pair, one run each, same machine load.
// Usage: node scripts/bench/feed-trace.mjs (after `npx wxt build` and a bench run that wrote
// .tmp/bench/e.html).
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { launchBrowsers } from './browser.mjs';
import { startFeed } from './in-page.mjs';
import { startTrace } from './trace.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const FEED = { batches: 100, perBatch: 100, intervalMs: 100 };
const NAMES = [
  'FunctionCall',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'MajorGC',
  'MinorGC',
  'ParseAuthorStyleSheet',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const jiti = createJiti(import.meta.url);
const { serveDir } = await jiti.import(join(ROOT, 'tests/e2e/harness.ts'));
const server = await serveDir(join(ROOT, '.tmp/bench'));
const browsers = await launchBrowsers({ extensionPath: join(ROOT, '.output/chrome-mv3') });
try {
  for (const [label, context] of Object.entries(browsers.contexts)) {
    const page = await context.newPage();
    await page.goto(`${server.url}/e.html`, { waitUntil: 'load' });
    await sleep(2000);
    const cdp = await context.newCDPSession(page);
    const trace = await startTrace(cdp);
    await page.evaluate(startFeed, { ...FEED, floor: false });
    await sleep(2500);
    const events = await trace.stop();
    const main = events.find(
      (e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').endsWith('/e.html'),
    );
    const sums = new Map();
    let restyled = 0;
    let recalcs = 0;
    for (const e of events) {
      if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
      if (!NAMES.includes(e.name)) continue;
      sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
      if (e.name === 'UpdateLayoutTree') {
        recalcs++;
        restyled += e.args?.elementCount ?? 0;
      }
    }
    const row = NAMES.map((n) => `${n} ${Math.round(sums.get(n) ?? 0)}`).join(', ');
    process.stdout.write(
      `${label}: ${row}; style recalcs ${recalcs}, elements restyled ${restyled}\n`,
    );
    await cdp.detach();
    await page.close();
  }
} finally {
  await browsers.close();
  await server.close?.();
}
