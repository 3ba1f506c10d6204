// Screenshots for the README and the store listing: docs/popup.png (the popup over the fixture
// article, light and dark side by side) and docs/options.png. Uses the built extension and the
// system Chromium, headless. Run: npx wxt build && node scripts/screenshots.mjs [outDir]
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, INSTALL_HINT } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures/toolbar');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'docs'));

statSync(join(EXTENSION, 'manifest.json')); // the build must exist
const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);

const server = createServer((req, res) => {
  try {
    const file = join(FIXTURES, new URL(req.url ?? '/', 'http://x').pathname);
    if (!file.startsWith(FIXTURES)) throw new Error('outside');
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
// A realistic host name for the popup's header, resolved to the local server by Chromium.
const HOST = 'news.example.com';
const origin = `http://${HOST}:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'treaty-lens-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  args: [
    ...chromiumArgs({ extensionPath: EXTENSION, headless: true }),
    `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
  ],
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 2,
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;

  const article = await context.newPage();
  await article.goto(`${origin}/article.html`);
  await article.waitForFunction(() =>
    [...CSS.highlights.keys()].some((n) => n.startsWith('treaty-lens-')),
  );
  await article.waitForTimeout(800);
  await article.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });

  const popupShot = async (scheme) => {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 340, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.locator('.mention-group').first().waitFor();
    const height = await popup.evaluate(() => document.body.scrollHeight);
    await popup.setViewportSize({ width: 340, height });
    const png = await popup.screenshot();
    await popup.close();
    return png.toString('base64');
  };
  const light = await popupShot('light');
  const dark = await popupShot('dark');

  // Both popups side by side, as they would hang under the toolbar button.
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 760, height: 1200 });
  await sheet.setContent(`<body style="margin:0;padding:24px 24px 32px;display:flex;gap:32px;
      align-items:flex-start;width:fit-content;
      background:linear-gradient(135deg,#e9e9f2,#3a3a46)">
    ${[light, dark]
      .map(
        (png) => `<img src="data:image/png;base64,${png}" style="width:340px;border-radius:10px;
          box-shadow:0 10px 30px rgb(0 0 0 / .28),0 0 0 1px rgb(0 0 0 / .12)">`,
      )
      .join('')}</body>`);
  await sheet.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  const box = await sheet.evaluate(() => {
    const rects = [...document.images].map((img) => img.getBoundingClientRect());
    return {
      width: Math.max(...rects.map((r) => r.right)) + 24,
      height: Math.max(...rects.map((r) => r.bottom)) + 32,
    };
  });
  await sheet.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
  await sheet.screenshot({ path: join(OUT, 'popup.png') });

  const options = await context.newPage();
  await options.setViewportSize({ width: 760, height: 900 });
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('heading', { name: 'Appearance' }).waitFor();
  await worker.evaluate(() =>
    chrome.storage.sync.set({
      settings: {
        enabled: true,
        disabledSites: ['forum.example.net', 'shop.example.org'],
        kinds: { treaty: true, leader: true, delegate: false },
        style: 'default',
        openOn: 'hover',
        tabOrder: false,
        showBadge: true,
      },
    }),
  );
  await options.locator('.site-host').first().waitFor();
  await options.screenshot({ path: join(OUT, 'options.png'), fullPage: true });
  console.log(`wrote ${join(OUT, 'popup.png')} and ${join(OUT, 'options.png')}`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
