// The outside view (issue #13): what the extension adds to the main thread of a page a reader
// opens, as the browser counts it — CDP `Performance.getMetrics` `TaskDuration` (minus the
// harness's own DevTools commands) 1.5 s after `load`, minus the same page in a browser without
// the extension; the median of 9 loads after a warm-up load. The reference is an extension
// whose content script is empty (same matches, all frames, document_start): what any content
// script costs. Three browsers, without the bench's init script (it would add work to all).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../chromium.mjs';
import { VIEWPORT } from './browser.mjs';

export const OUTSIDE_LOADS = 9;
const SETTLE_MS = 1500;
/** Same-site frames on the frames page. */
export const FRAMES = 4;

const PROSE = [
  'The weather in the capital was mild all week, with light rain on Thursday evening.',
  'Local markets reported steady prices for vegetables and a small rise for fish.',
  'The city council met to discuss new bicycle lanes along the river embankment.',
  'A new exhibition of landscape paintings opened at the municipal gallery on Saturday.',
  'Commuters praised the extended evening service on the northern tram line.',
  'The football club announced a youth training programme for the summer holidays.',
];

/** A small article without a mention (about 30 ms of work for the page itself). */
function smallArticle(title) {
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) => `<p>${PROSE[i % PROSE.length]} ${PROSE[(i * 5 + 1) % PROSE.length]}</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:700px;margin:40px auto}h1{font-size:32px}
iframe{width:100%;height:240px;border:1px solid #ccc}</style></head>
<body><h1>${title}</h1>
${paragraphs}
</body></html>`;
}

export function writeOutsidePages(dir) {
  writeFileSync(join(dir, 'small.html'), smallArticle('City news'));
  const frames = Array.from(
    { length: FRAMES },
    (_, i) => `<iframe src="small.html?frame=${i + 1}"></iframe>`,
  ).join('\n');
  writeFileSync(
    join(dir, 'frames.html'),
    smallArticle('City news, with frames').replace('</body>', `${frames}\n</body>`),
  );
}

/** An extension whose content script does nothing, in every frame, from document_start. */
export function writeEmptyExtension(dir) {
  const path = join(dir, 'empty-extension');
  mkdirSync(path, { recursive: true });
  writeFileSync(
    join(path, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script (bench reference)',
      version: '1.0.0',
      content_scripts: [
        {
          matches: ['<all_urls>'],
          js: ['empty.js'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_start',
        },
      ],
    }),
  );
  writeFileSync(join(path, 'empty.js'), '');
  return path;
}

export async function launch({ extensionPath }) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const args = chromiumArgs({ extensionPath: extensionPath ?? 'none', headless: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'treaty-lens-outside-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // '--headless=new' is in args
    args: extensionPath ? args : args.filter((arg) => !arg.includes('extension')),
    viewport: VIEWPORT,
  });
  if (extensionPath?.includes('chrome-mv3')) {
    // The extension's worker must be up (it answers the settings read like any other).
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One fresh load of `url`, 1.5 s after its load event: TaskDuration (what the budget counts) and
 * ThreadTime (the main thread's CPU time: not stretched when another process takes the core).
 */
export async function loadMetrics(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  await cdp.detach().catch(() => {});
  await page.close();
  return {
    task: ((m.TaskDuration ?? 0) - (m.DevToolsCommandDuration ?? 0)) * 1000,
    cpu: (m.ThreadTime ?? 0) * 1000,
  };
}

/** TaskDuration of one fresh load of `url`, 1.5 s after its load event. */
async function taskDuration(context, url) {
  return (await loadMetrics(context, url)).task;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The outside view: per page (small, frames) and browser (plain, extension, empty), the median
 * TaskDuration of `loads` loads after a warm-up, interleaved so the machine's load hits all alike.
 */
export async function outsideView({ dir, server, extensionPath, loads = OUTSIDE_LOADS, log }) {
  writeOutsidePages(dir);
  const emptyPath = writeEmptyExtension(dir);
  const browsers = {
    plain: await launch({}),
    extension: await launch({ extensionPath }),
    empty: await launch({ extensionPath: emptyPath }),
  };
  const result = {};
  try {
    for (const file of ['small.html', 'frames.html']) {
      const url = `${server.url}/${file}`;
      const samples = { plain: [], extension: [], empty: [] };
      for (const name of Object.keys(browsers)) await taskDuration(browsers[name].context, url);
      for (let i = 0; i < loads; i++) {
        for (const name of Object.keys(browsers)) {
          samples[name].push(await taskDuration(browsers[name].context, url));
        }
      }
      const medians = Object.fromEntries(
        Object.entries(samples).map(([name, list]) => [name, median(list)]),
      );
      result[file] = { samples, medians };
      log(
        `  outside ${file}: page alone ${medians.plain.toFixed(1)} ms, with Treaty Lens +${(medians.extension - medians.plain).toFixed(1)} ms, with an empty content script +${(medians.empty - medians.plain).toFixed(1)} ms`,
      );
    }
  } finally {
    for (const browser of Object.values(browsers)) await browser.close();
  }
  const added = (file, name) => result[file].medians[name] - result[file].medians.plain;
  const perFrame = (name) => (added('frames.html', name) - added('small.html', name)) / FRAMES;
  return {
    ...result,
    smallAdded: added('small.html', 'extension'),
    smallAddedEmpty: added('small.html', 'empty'),
    perFrame: perFrame('extension'),
    perFrameEmpty: perFrame('empty'),
  };
}
