// `npm run bench` (issue #6): the highlighter's cost on five generated pages in headless
// Chromium, against a floor (bare TreeWalker + the extension's own regex + wrapping) and naive
// mark.js. Usage: node scripts/bench/run.mjs [--quick] [--runs N] [--pages a,b,…] [--profile [a,e]]
// [--extension DIR] [--no-naive] (the extension must be built: `npx wxt build`; `npm run bench` does both;
// --extension: another build's chrome-mv3 folder, for an A/B of two builds).
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import { launchBrowsers } from './browser.mjs';
import { inspectContentScripts } from './bundle.mjs';
import { loadMatcher } from './matcher.mjs';
import { OUTSIDE_LOADS, outsideView } from './outside.mjs';
import { generatePages } from './pages.mjs';
import { profileExtension } from './profile.mjs';
import { printReport } from './report.mjs';
import { feedRun, loadRun, referenceRun } from './scenarios.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

export function parseArgs(argv) {
  const options = {
    quick: false,
    runs: null,
    pages: null,
    profile: false,
    outside: true,
    naive: true,
    extension: join(ROOT, '.output/chrome-mv3'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--profile') {
      // Optional list of pages: --profile a,e (default a).
      const next = argv[i + 1];
      options.profile = next && /^[a-e](,[a-e])*$/.test(next) ? argv[++i].split(',') : ['a'];
    } else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--pages') options.pages = String(argv[++i]).split(',');
    else if (arg === '--no-outside') options.outside = false;
    else if (arg === '--no-naive') options.naive = false;
    else if (arg === '--extension') options.extension = resolve(String(argv[++i]));
    else throw new Error(`bench: unknown argument ${arg}`);
  }
  if (options.runs === null) options.runs = options.quick ? 1 : 3;
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error('bench: --runs N, N ≥ 1');
  return options;
}

const log = (line) => process.stderr.write(`${line}\n`);

/** Runs `fn` `runs` times, logging each. */
async function repeat({ runs, label, fn }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await fn();
    results.push(result);
    log(`  ${label} #${i + 1}: ${Math.round(result.cost.busy)} ms`);
    if (result.errors?.length) log(`    page errors: ${result.errors.join(' | ')}`);
  }
  return results;
}

export async function main(argv = process.argv.slice(2)) {
  const options = parseArgs(argv);
  const extensionPath = options.extension;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`bench: no build in ${extensionPath}; run \`npx wxt build\` first`);
  }
  const machine = {
    cores: cpus().length,
    load: loadavg().map((value) => value.toFixed(2)),
    uptime: execSync('uptime').toString().trim(),
    chromium: null,
  };
  log(
    `bench: ${options.quick ? 'quick' : 'full'} run, ${options.runs} run(s) each; ${machine.uptime}`,
  );

  const matcher = await loadMatcher({ root: ROOT });
  const dir = join(ROOT, '.tmp/bench');
  const { pages } = generatePages({ dir, matcher, quick: options.quick });
  const selected = pages.filter((page) => !options.pages || options.pages.includes(page.id));
  const bundle = inspectContentScripts({ root: ROOT, output: extensionPath });

  const jiti = createJiti(import.meta.url);
  const { serveDir } = await jiti.import(join(ROOT, 'tests/e2e/harness.ts'));
  const server = await serveDir(dir);
  const browsers = await launchBrowsers({ extensionPath });
  const markJsPath = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
  const results = {};
  try {
    machine.chromium = browsers.version;
    for (const spec of selected) {
      log(
        `${spec.title}: ${(spec.bytes / 1024).toFixed(0)} KiB, ${spec.textNodes} text nodes, ${spec.mentions} mentions expected`,
      );
      const base = { context: browsers.contexts.plain, server, spec, matcher };
      const withExtension = { ...base, context: browsers.contexts.extension };
      const result = { spec, plain: [], extension: [], floor: [] };
      if (spec.id === 'b') result.regexTest = [];
      for (let i = 0; i < options.runs; i++) {
        // Interleaved, so a change in the machine's load hits all of them alike.
        if (spec.feed) {
          result.plain.push(await feedRun({ ...base, mode: 'plain' }));
          result.extension.push(await feedRun({ ...withExtension, mode: 'extension' }));
          result.floor.push(await feedRun({ ...base, mode: 'floor' }));
          log(
            `  run #${i + 1}: feed alone ${Math.round(result.plain[i].cost.busy)} ms, with extension ${Math.round(result.extension[i].cost.busy)} ms, with floor ${Math.round(result.floor[i].cost.busy)} ms`,
          );
          continue;
        }
        result.plain.push(await loadRun({ ...base, withExtension: false }));
        result.extension.push(await loadRun({ ...withExtension, withExtension: true }));
        result.floor.push(await referenceRun({ ...base, name: 'floor', markJsPath }));
        if (result.regexTest) {
          result.regexTest.push(await referenceRun({ ...base, name: 'regexTest', markJsPath }));
        }
        log(
          `  run #${i + 1}: page alone ${Math.round(result.plain[i].document.busy)} ms, extension's tasks ${Math.round(result.extension[i].cost.busy)} ms, floor ${Math.round(result.floor[i].cost.busy)} ms`,
        );
      }
      if (spec.id === 'a' && options.naive) {
        result.naive = await repeat({
          runs: options.runs,
          label: 'naive mark.js',
          fn: () => referenceRun({ ...base, name: 'naive', markJsPath }),
        });
      }
      results[spec.id] = result;
    }
    // What the content script costs where there is nothing to do: a blank page.
    const blank = { id: 'blank', file: 'blank.html' };
    const idle = { plain: [], extension: [] };
    for (let i = 0; i < options.runs; i++) {
      idle.plain.push(
        await loadRun({
          context: browsers.contexts.plain,
          server,
          spec: blank,
          withExtension: false,
        }),
      );
      idle.extension.push(
        await loadRun({
          context: browsers.contexts.extension,
          server,
          spec: blank,
          withExtension: true,
        }),
      );
    }
    results.idle = idle;
    if (options.outside) {
      log('outside view: TaskDuration 1.5 s after load, minus the page alone');
      results.outside = await outsideView({
        dir,
        server,
        extensionPath,
        loads: options.quick ? 3 : OUTSIDE_LOADS,
        log,
      });
    }
    if (options.profile) {
      const specs = pages.filter((page) => options.profile.includes(page.id));
      results.profile = await profileExtension({ root: ROOT, server, specs, log });
    }
  } finally {
    await browsers.close();
    await server.close();
  }
  const report = printReport({ results, bundle, machine, options, pages: selected });
  // Everything measured, per run, for docs/performance.md and for digging into a number.
  writeFileSync(
    join(dir, 'results.json'),
    JSON.stringify({ machine, options, pages: selected, results, report }, null, 1),
  );
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main()
    .then((report) => {
      // Budgets are numbers to read; an article text in the content script is a broken build.
      if (report.bundle.articles.some((article) => article.inContentScript)) {
        console.error('bench: an article text is in the content script (see above)');
        process.exitCode = 1;
      }
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
