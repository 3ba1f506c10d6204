// Two headless Chromiums with the same flags and viewport: one with the built extension, one
// without (the page alone, and the references). Each measured page gets a CDP session with
// Performance metrics and a trace.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../chromium.mjs';
import { INIT_SCRIPT, pollState } from './in-page.mjs';
import { analyzeTrace, startTrace } from './trace.mjs';

export const VIEWPORT = { width: 1280, height: 900 };

export async function launchBrowsers({ extensionPath }) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const args = chromiumArgs({ extensionPath, headless: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'treaty-lens-bench-'));
  const withExtension = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // '--headless=new' is in args: the old headless mode cannot load extensions
    args,
    viewport: VIEWPORT,
  });
  const worker =
    withExtension.serviceWorkers()[0] ??
    (await withExtension.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const plainBrowser = await chromium.launch({
    executablePath,
    headless: false,
    args: args.filter((arg) => !arg.includes('extension')),
  });
  const plain = await plainBrowser.newContext({ viewport: VIEWPORT });
  await withExtension.addInitScript({ content: INIT_SCRIPT });
  await plain.addInitScript({ content: INIT_SCRIPT });
  return {
    extensionId,
    version: plainBrowser.version(),
    contexts: { extension: withExtension, plain },
    async close() {
      await withExtension.close();
      await plainBrowser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Performance.getMetrics as an object; durations in ms, sizes in bytes. */
async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  const ms = (name) => (m[name] ?? 0) * 1000;
  return {
    // Main-thread time of this document: all tasks, without the harness's DevTools commands.
    busy: ms('TaskDuration') - ms('DevToolsCommandDuration'),
    script: ms('ScriptDuration'),
    style: ms('RecalcStyleDuration'),
    layout: ms('LayoutDuration'),
    cpu: ms('ThreadTime'),
    heap: m.JSHeapUsedSize ?? 0,
  };
}

/**
 * A page on its way to a URL, measured. Metrics are per document (they restart when the
 * document changes), so `metrics()` after load counts that document's work from its start.
 */
export async function openMeasured({ context, blankUrl }) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(blankUrl);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let heapPeak = 0;
  const metrics = async () => {
    const m = await readMetrics(cdp);
    heapPeak = Math.max(heapPeak, m.heap);
    return m;
  };
  let trace = null;
  let url = null;
  return {
    page,
    errors,
    metrics,
    get heapPeak() {
      return heapPeak;
    },
    async load(target) {
      url = target;
      trace = await startTrace(cdp);
      await page.goto(target, { waitUntil: 'load' });
    },
    /**
     * Waits until the page has been quiet for `quietMs`: no DOM record and under 15 ms of
     * main-thread work (the polling itself costs well under 1 ms a poll).
     */
    async settle({ quietMs = 1000, minMs = 1000, timeoutMs = 180_000 } = {}) {
      const started = Date.now();
      const history = [];
      for (;;) {
        await sleep(150);
        const { busy } = await metrics();
        const state = await page.evaluate(pollState);
        const now = Date.now();
        history.push({ at: now, busy });
        const past = history.findLast((entry) => now - entry.at >= quietMs);
        const sinceMutation =
          state.lastMutation < 0 ? Number.POSITIVE_INFINITY : state.now - state.lastMutation;
        if (now - started >= minMs && past && busy - past.busy < 15 && sinceMutation >= quietMs) {
          return { pageNow: state.now, lastMutation: state.lastMutation };
        }
        if (now - started > timeoutMs) {
          throw new Error(`bench: ${url} did not settle within ${timeoutMs} ms`);
        }
      }
    },
    /** Stops the trace and reads it. */
    async stopTrace() {
      const events = await trace.stop();
      const syncName = `bench:sync:${new URL(url).pathname}`;
      const syncTime = await page.evaluate(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
        syncName,
      );
      return analyzeTrace(events, { url, syncName, syncTime });
    },
    /** CPU profile of what runs until `stop()` (used by --profile). */
    async startProfile() {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      return { stop: async () => (await cdp.send('Profiler.stop')).profile };
    },
    cdp,
    async close() {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}
