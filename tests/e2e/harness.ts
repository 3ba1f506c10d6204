/**
 * Shared end-to-end harness: the built extension (.output/chrome-mv3) loaded into real
 * Chromium through playwright-core, plus a static server for fixture pages on localhost.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_PATH = join(ROOT, '.output/chrome-mv3');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves files under `dir` on 127.0.0.1 at a free port. */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // Chromium keeps preconnected sockets open; without this close() waits a minute for them.
        server.closeAllConnections();
      }),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** A new page with page errors collected into `errors`. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension loaded, headless (new mode). */
export async function launchExtension(): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  statSync(join(EXTENSION_PATH, 'manifest.json')); // fails clearly when the build is missing
  const userDataDir = mkdtempSync(join(tmpdir(), 'treaty-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // '--headless=new' below: the old headless mode cannot load extensions
    args: chromiumArgs({ extensionPath: EXTENSION_PATH, headless: true }),
    viewport: { width: 1280, height: 900 },
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
