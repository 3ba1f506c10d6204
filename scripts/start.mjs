// `npm start`: build the extension, serve the demo article on localhost, and open Chromium with
// the extension loaded on it. With a display the window stays open until you close it; without
// one it runs headless, prints what the extension highlighted and saves a screenshot.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const demoFile = join(root, 'tests/fixtures/demo/index.html');
const extensionPath = join(root, '.output/chrome-mv3');

function serveDemo() {
  const html = readFileSync(demoFile);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Counts the extension's highlights per entity once they stop changing. */
async function settledCounts(page) {
  let last = '';
  for (let i = 0; i < 50; i++) {
    const counts = await page.evaluate(() => {
      // Each entity's mentions are one CSS highlight, treaty-lens-<id> (the page contract).
      const out = {};
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('treaty-lens-')) continue;
        const live = [...highlight].filter((range) => !range.collapsed).length;
        if (live > 0) out[name.slice('treaty-lens-'.length)] = live;
      }
      return out;
    });
    const key = JSON.stringify(counts);
    if (key === last && key !== '{}') return counts;
    last = key;
    await page.waitForTimeout(200);
  }
  return JSON.parse(last || '{}');
}

const executablePath = ensureChromium();
console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const server = await serveDemo();
const url = `http://127.0.0.1:${server.address().port}/`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const userDataDir = mkdtempSync(join(tmpdir(), 'treaty-lens-start-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: false, // '--headless=new' comes from chromiumArgs when there is no display
  args: chromiumArgs({ extensionPath, headless }),
  viewport: headless ? { width: 1280, height: 900 } : null,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Demo article: ${url}`);

if (headless) {
  const counts = await settledCounts(page);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`No display: ran Chromium headless with the extension loaded.`);
  console.log(`Highlights on the demo article: ${total}`);
  for (const [id, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${id.padEnd(24)} ${n}`);
  }
  const shots = join(root, '.tmp');
  mkdirSync(shots, { recursive: true });
  const shot = join(shots, 'start-demo.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Screenshot: ${shot}`);
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
  if (total === 0) {
    console.error('The extension highlighted nothing on the demo article.');
    process.exit(1);
  }
} else {
  console.log('Chromium is open with Treaty Lens loaded; close the window to stop.');
  context.on('close', () => {
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    process.exit(0);
  });
}
