// The main thread after switching highlighting on over the 2 MB behaviour page (what burst.mjs's
// first check counts): a Chrome trace from the switch to 3 s after it, and each task of 50 ms or
// more with its biggest parts and the extension's script in it.
// Usage: node scripts/bench/switch-on-trace.mjs [--runs N] (the extension must be built; the
// build from TREATY_LENS_EXTENSION when set, as in the e2e harness).
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { startTrace } from './trace.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const LONG_MS = 50;

/** Top-level tasks of ≥ LONG_MS on the page's main thread, with their largest nested events. */
function longTasks(events) {
  // The page's main thread: the renderer main thread that ran the extension's content script.
  const call = events.find(
    (e) => e.name === 'FunctionCall' && String(e.args?.data?.url).startsWith('chrome-extension'),
  );
  if (!call) return ['(no call of the extension in the trace)'];
  const main = (e) => e.pid === call.pid && e.tid === call.tid;
  const complete = events.filter((e) => e.ph === 'X' && main(e));
  const tasks = complete.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur / 1000 >= LONG_MS,
  );
  return tasks.map((task) => {
    const inside = complete.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
    );
    const parts = new Map();
    for (const e of inside) {
      const name =
        e.name === 'FunctionCall' && String(e.args?.data?.url).startsWith('chrome-extension')
          ? `FunctionCall ${String(e.args.data.url).replace(/.*\//, '')} ${e.args.data.functionName || ''}`
          : e.name;
      parts.set(name, Math.max(parts.get(name) ?? 0, e.dur / 1000));
    }
    const top = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    return `${(task.dur / 1000).toFixed(0)} ms: ${top.join(', ')}`;
  });
}

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 2;
const jiti = createJiti(import.meta.url);
const harness = await jiti.import(join(ROOT, 'tests/e2e/harness.ts'));
const { BEHAVIOUR_DIR } = await jiti.import(join(ROOT, 'tests/e2e/highlight-support.ts'));
const server = await harness.serveDir(BEHAVIOUR_DIR);
const session = await harness.launchExtension();
try {
  for (let i = 0; i < runs; i++) {
    await harness.setSettings({ session, patch: { enabled: false } });
    const { page } = await session.newPage();
    const url = `${server.url}/burst.html`;
    await page.goto(url);
    await page.waitForTimeout(1_500);
    const cdp = await session.context.newCDPSession(page);
    const trace = await startTrace(cdp);
    await harness.setSettings({ session, patch: {} });
    await page.waitForTimeout(3_000);
    const events = await trace.stop();
    console.log(`run #${i + 1}:`);
    for (const line of longTasks(events)) console.log(`  ${line}`);
    await page.close();
  }
} finally {
  await session.close();
  await server.close();
}
