// The outside view (outside.mjs) for several builds in one session: the page alone, the empty
// content script and each build's chrome-mv3 folder, one load each in turn, so that the
// machine's load hits all alike. Prints, per page, TaskDuration (the budget's measure) and
// ThreadTime (CPU, steadier on a shared machine) as medians minus the page alone, each build
// also minus the empty script, and per further frame.
// Usage: node scripts/bench/outside-ab.mjs [--loads N] name=DIR [name=DIR …]
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import {
  FRAMES,
  launch,
  loadMetrics,
  median,
  writeEmptyExtension,
  writeOutsidePages,
} from './outside.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
let loads = 21;
const builds = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--loads') loads = Number(args[++i]);
  else {
    const [name, dir] = args[i].split('=');
    if (!name || !dir) throw new Error('outside-ab: name=DIR');
    builds.push({ name, dir: resolve(dir) });
  }
}
if (builds.length === 0) throw new Error('outside-ab: name=DIR [name=DIR …]');

const dir = join(ROOT, '.tmp/bench/outside-ab');
mkdirSync(dir, { recursive: true });
writeOutsidePages(dir);
const jiti = createJiti(import.meta.url);
const { serveDir } = await jiti.import(join(ROOT, 'tests/e2e/harness.ts'));
const server = await serveDir(dir);
const all = [{ name: 'plain' }, { name: 'empty', dir: writeEmptyExtension(dir) }, ...builds];
const started = new Date().toISOString();
const loadBefore = loadavg()[0].toFixed(2);
const browsers = {};
for (const build of all) browsers[build.name] = await launch({ extensionPath: build.dir });
const medians = {};
try {
  for (const file of ['small.html', 'frames.html']) {
    const url = `${server.url}/${file}`;
    const samples = Object.fromEntries(all.map(({ name }) => [name, { task: [], cpu: [] }]));
    for (const { name } of all) await loadMetrics(browsers[name].context, url); // warm-up
    for (let i = 0; i < loads; i++) {
      for (const { name } of all) {
        const m = await loadMetrics(browsers[name].context, url);
        samples[name].task.push(m.task);
        samples[name].cpu.push(m.cpu);
      }
    }
    medians[file] = Object.fromEntries(
      all.map(({ name }) => [
        name,
        { task: median(samples[name].task), cpu: median(samples[name].cpu) },
      ]),
    );
  }
} finally {
  for (const browser of Object.values(browsers)) await browser.close();
  await server.close();
}

const fmt = (ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)}`;
console.log(
  `outside-ab: ${loads} loads each after a warm-up, ${started}, load average ${loadBefore} → ${loadavg()[0].toFixed(2)}`,
);
for (const metric of ['task', 'cpu']) {
  const label = metric === 'task' ? 'TaskDuration' : 'ThreadTime (CPU)';
  const added = (file, name) => medians[file][name][metric] - medians[file].plain[metric];
  const perFrame = (name) => (added('frames.html', name) - added('small.html', name)) / FRAMES;
  console.log(
    `${label}, ms (median minus the page alone; a build minus the empty script in brackets):`,
  );
  console.log(`  small page alone ${medians['small.html'].plain[metric].toFixed(1)}`);
  for (const { name } of all.slice(1)) {
    const vsEmpty =
      name === 'empty' ? '' : ` [${fmt(added('small.html', name) - added('small.html', 'empty'))}]`;
    const frameVsEmpty = name === 'empty' ? '' : ` [${fmt(perFrame(name) - perFrame('empty'))}]`;
    console.log(
      `  ${name.padEnd(10)} small page ${fmt(added('small.html', name))}${vsEmpty}; per further frame ${fmt(perFrame(name))}${frameVsEmpty}`,
    );
  }
}
