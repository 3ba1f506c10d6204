/**
 * Shared end-to-end harness: the built extension (.output/chrome-mv3) loaded into real
 * Chromium through playwright-core, a static server for fixture pages on localhost, the hooks
 * that start and stop both for a test file, and the reader's settings as the extension stores
 * them. (scripts/bench/run.mjs imports `serveDir` from here too, outside vitest.)
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { SETTINGS_KEY } from '../../utils/settings-feed';

/** The extension APIs inside `serviceWorker.evaluate` callbacks (they run in the worker). */
declare const chrome: typeof Browser;

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The built extension under test: `.output/chrome-mv3`, or another build named by
 * `TREATY_LENS_EXTENSION` (e.g. an older build, to measure an attack before a fix).
 */
export const EXTENSION_PATH = process.env.TREATY_LENS_EXTENSION
  ? resolve(process.env.TREATY_LENS_EXTENSION)
  : join(ROOT, '.output/chrome-mv3');

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

export interface FixtureServer {
  /** The server's origin, e.g. `http://127.0.0.1:43210`. */
  url: string;
  close(): Promise<void>;
}

/** Serves files under `dir` on 127.0.0.1 at a free port. */
export async function serveDir(dir: string): Promise<FixtureServer> {
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
}

export interface LaunchedExtension extends ExtensionSession {
  close(): Promise<void>;
}

/** Launches Chromium with the built extension loaded, headless (new mode). */
export async function launchExtension(): Promise<LaunchedExtension> {
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

export interface ExtensionUse {
  /** The browser with the extension; usable inside hooks and tests, not at the file's top level. */
  session: ExtensionSession;
  /** The fixture server (only when `fixtures` was given). */
  server: { readonly url: string };
}

/**
 * Registers the hooks a test file needs: Chromium with the built extension for the whole file
 * and, with `fixtures`, a static server for that directory (a function may build it first).
 * Returns stand-ins that reach the live browser and server once `beforeAll` has run, so a file
 * writes `const { session, server } = withExtension(…)` at its top level. Hooks the file adds
 * later run after these start and before they stop (vitest runs `afterAll` in reverse order).
 * The browser closes before the server: an open browser can hold a preconnected socket.
 */
export function withExtension({
  fixtures,
}: {
  fixtures?: string | (() => Promise<string>);
} = {}): ExtensionUse {
  let live: LaunchedExtension | undefined;
  let served: FixtureServer | undefined;
  beforeAll(async () => {
    const dir = typeof fixtures === 'function' ? await fixtures() : fixtures;
    live = await launchExtension();
    if (dir !== undefined) served = await serveDir(dir);
  });
  afterAll(async () => {
    await live?.close();
    await served?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`withExtension: no ${what} (used outside a test?)`);
    return value;
  };
  const browser = () => ready(live, 'browser');
  return {
    session: {
      get context() {
        return browser().context;
      },
      get extensionId() {
        return browser().extensionId;
      },
      get serviceWorker() {
        return browser().serviceWorker;
      },
      newPage: () => browser().newPage(),
    },
    server: {
      get url() {
        return ready(served, 'fixture server (pass `fixtures`)').url;
      },
    },
  };
}

/**
 * The sync-storage key the extension keeps the reader's settings under (utils/settings-feed.ts
 * holds no WXT runtime, so it can be imported here; utils/settings.ts cannot).
 */
export { SETTINGS_KEY };

/**
 * Stores `value` under the settings key exactly as given. A partial or odd value is what an
 * older version or a hand edit leaves behind; the extension must repair it on read.
 */
export async function writeSettings({
  session,
  value,
}: {
  session: ExtensionSession;
  value: unknown;
}): Promise<void> {
  await session.serviceWorker.evaluate(
    ({ key, value }) => chrome.storage.sync.set({ [key]: value }),
    { key: SETTINGS_KEY, value },
  );
}

/** Stores settings as the popup would: complete, `patch` over the defaults. */
export function setSettings({
  session,
  patch,
}: {
  session: ExtensionSession;
  patch: Partial<Settings>;
}): Promise<void> {
  return writeSettings({ session, value: { ...DEFAULT_SETTINGS, ...patch } });
}

/** The settings as stored (not parsed: partial, or `{}` when nothing is stored). */
export async function storedSettings(session: ExtensionSession): Promise<Partial<Settings>> {
  const all = await session.serviceWorker.evaluate(
    (key) => chrome.storage.sync.get(key),
    SETTINGS_KEY,
  );
  return (all[SETTINGS_KEY] ?? {}) as Partial<Settings>;
}

/** Back to defaults (storage cleared: every content script and page falls back at once). */
export async function resetSettings(session: ExtensionSession): Promise<void> {
  await session.serviceWorker.evaluate(() => chrome.storage.sync.clear());
}

/**
 * Sends a message to every tab, as the popup or the background would to one, and returns the
 * first answer. (Without the tabs permission the worker cannot see tab URLs to pick one; tabs
 * without the content script refuse the message, which is ignored.)
 */
export function sendToPages({
  session,
  message,
}: {
  session: ExtensionSession;
  message: unknown;
}): Promise<unknown> {
  return session.serviceWorker.evaluate(async (msg) => {
    const answers: unknown[] = [];
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        answers.push(await chrome.tabs.sendMessage(tab.id, msg));
      } catch {
        // No content script in that tab (e.g. the browser's first blank tab).
      }
    }
    return answers.find((answer) => answer !== undefined);
  }, message);
}
