// What finding disputed statements (issue #16) costs, as ratios in one run: the extension's
// main-thread time with the `statements` setting on, over the same page with it off, and the
// longest task with it on (budget: under 50 ms, like every task of the extension). Two pages:
// bench page a (2 MB, ~6,800 mentions, no disputed value: one prefilter test per block) and a
// worst case, the five bundled articles repeated to the same size (every block is summit text,
// many disputed values). Usage: node scripts/bench/statements.mjs [--runs N] [--quick]
// [--extension DIR] (the extension must be built: `npx wxt build`; --extension: another build's
// chrome-mv3 folder, for an A/B of two builds). Prints one `statements:` line per page.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import { launchBrowsers } from './browser.mjs';
import { loadMatcher } from './matcher.mjs';
import { generatePages } from './pages.mjs';
import { loadRun } from './scenarios.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const LONG_TASK_MS = 50;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The five articles' paragraphs, repeated until the page holds `bytes` of text. */
function writeWorstCase({ dir, bytes }) {
  const sources = join(ROOT, 'data/sources');
  const paragraphs = readdirSync(sources)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => readFileSync(join(sources, file), 'utf8').split(/\n\s*\n/))
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
  const body = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = paragraphs[i % paragraphs.length];
    body.push(`<p>${escapeHtml(text)}</p>`);
    size += text.length;
  }
  const file = 'statements-worst.html';
  writeFileSync(
    join(dir, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The five articles, repeated</title></head><body><article>\n${body.join('\n')}\n</article></body></html>`,
  );
  return { id: 'worst', title: 'the five articles repeated', file, bytes: size };
}

export async function main(argv = process.argv.slice(2)) {
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : quick ? 1 : 3;
  const extensionAt = argv.indexOf('--extension');
  const extensionPath =
    extensionAt >= 0 ? resolve(String(argv[extensionAt + 1])) : join(ROOT, '.output/chrome-mv3');
  const jiti = createJiti(import.meta.url, { alias: { '@': ROOT } });
  const { serveDir, SETTINGS_KEY } = await jiti.import(join(ROOT, 'tests/e2e/harness.ts'));
  const { DEFAULT_SETTINGS } = await jiti.import(join(ROOT, 'core/settings.ts'));
  const matcher = await loadMatcher({ root: ROOT });
  const dir = join(ROOT, '.tmp/bench');
  const { pages } = generatePages({ dir, matcher, quick });
  const pageA = pages.find((page) => page.id === 'a');
  const specs = [pageA, writeWorstCase({ dir, bytes: pageA.bytes })];
  const server = await serveDir(dir);
  const browsers = await launchBrowsers({ extensionPath });
  const worker = browsers.contexts.extension.serviceWorkers()[0];
  const setStatements = (statements) =>
    worker.evaluate(({ key, value }) => chrome.storage.sync.set({ [key]: value }), {
      key: SETTINGS_KEY,
      value: { ...DEFAULT_SETTINGS, statements },
    });
  const lines = [];
  try {
    for (const spec of specs) {
      const results = { on: [], off: [] };
      for (let i = 0; i < runs; i++) {
        // Interleaved, so a change in the machine's load hits both alike.
        for (const mode of ['off', 'on']) {
          await setStatements(mode === 'on');
          const base = { context: browsers.contexts.extension, server, spec };
          results[mode].push(await loadRun({ ...base, withExtension: true }));
        }
      }
      const busy = (mode) => median(results[mode].map((run) => run.cost.busy));
      const longest = median(results.on.map((run) => run.longestTask));
      const longestOff = median(results.off.map((run) => run.longestTask));
      const statements =
        median(results.on.map((run) => run.marks)) - median(results.off.map((run) => run.marks));
      const line = `statements: ${spec.title} (${(spec.bytes / 1024).toFixed(0)} KiB): ${statements} statements; extension's time ${Math.round(busy('on'))} ms on, ${Math.round(busy('off'))} ms off (${(busy('on') / busy('off')).toFixed(2)}×); longest task ${Math.round(longest)} ms on (${longest < LONG_TASK_MS ? 'PASS' : 'FAIL'} < ${LONG_TASK_MS} ms), ${Math.round(longestOff)} ms off; medians of ${runs}`;
      console.log(line);
      lines.push(line);
    }
  } finally {
    await browsers.close();
    await server.close();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
