// --profile: a CPU profile (CDP Profiler) of the content script on page (a), from an unminified
// build of the same sources (so functions keep their names), with the top self-time functions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { openMeasured, VIEWPORT } from './browser.mjs';
import { INIT_SCRIPT, startFeed } from './in-page.mjs';
import { variantBuild } from './variant-build.mjs';

/** Self time per function of the profile, for functions of the content script and the engine. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    self.set(node, (self.get(node) ?? 0) + ms);
  }
  const totals = new Map();
  for (const [node, ms] of self) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.includes('/content-scripts/')
      ? `content script:${lineNumber + 1}`
      : url
        ? 'page'
        : 'engine';
    const key = `${functionName || '(anonymous)'} [${where}]`;
    totals.set(key, (totals.get(key) ?? 0) + ms);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Profiles the content script on each of `specs` (the feed from its start to quiet). */
export async function profileExtension({ root, server, specs, log }) {
  log('profile: building the extension unminified…');
  const extensionPath = variantBuild({ root, name: 'profile', build: { minify: false } });
  const userDataDir = mkdtempSync(join(tmpdir(), 'treaty-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    args: chromiumArgs({ extensionPath, headless: true }),
    viewport: VIEWPORT,
  });
  const profiles = {};
  try {
    if (context.serviceWorkers().length === 0) {
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
    await context.addInitScript({ content: INIT_SCRIPT });
    for (const spec of specs) {
      log(`profile: page (${spec.id})`);
      const run = await openMeasured({ context, blankUrl: `${server.url}/blank.html` });
      let profiler = await run.startProfile();
      await run.load(`${server.url}/${spec.file}`);
      await run.settle();
      if (spec.feed) {
        await profiler.stop();
        profiler = await run.startProfile();
        await run.page.evaluate(startFeed, { ...spec.feed, floor: false });
        await run.settle({ minMs: 500 });
      }
      const profile = await profiler.stop();
      const trace = await run.stopTrace();
      await run.close();
      // The whole profile too, to open in DevTools (Performance panel → load profile).
      writeFileSync(
        join(root, `.tmp/bench/profile-${spec.id}.cpuprofile`),
        JSON.stringify(profile),
      );
      const totals = selfTimes(profile);
      const start = trace.contentScriptStart ?? 0;
      profiles[spec.id] = {
        top: totals.slice(0, 25).map(([name, ms]) => ({ name, ms })),
        extensionMs: totals
          .filter(([key]) => key.includes('[content script'))
          .reduce((sum, [, ms]) => sum + ms, 0),
        longTasks: trace.tasks
          .filter((task) => task.duration >= 50 && task.start >= start)
          .map((task) => ({
            at: task.start - start,
            duration: task.duration,
            inside: task.inside,
          })),
      };
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return profiles;
}
