/**
 * The Firefox harness, and every way driving Firefox differs from driving Chromium, in one
 * place: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built
 * extension (.output/firefox-mv2) installed as a temporary add-on.
 *
 * What differs from the Chromium harness (tests/e2e/harness.ts), and why:
 * - The extension's pages have a fixed address: `extensions.webextensions.uuids` gives the
 *   add-on a known internal UUID in the test profile (Firefox makes a random one per profile).
 * - BiDi refuses to navigate to moz-extension:// unless the browser was started with
 *   `--remote-allow-system-access`; and it then never reports that navigation as finished
 *   (Puppeteer's goto times out and page.url() stays about:blank), so extension pages are
 *   opened without waiting and then polled until their document is complete.
 * - There is no service worker to evaluate in (Manifest V2: an event page BiDi does not expose),
 *   so extension APIs (storage, tabs) are called from an extension page kept open for that.
 * - The card's host has a closed shadow root. Page scripts cannot see into it, and BiDi's
 *   accessibility locator only walks light-DOM children; but BiDi serializes an element with its
 *   shadow root whatever its mode, so the root is reached from that handle and the dialog is then
 *   found inside it by role and accessible name (Firefox's own accessibility engine).
 * The extension's own differences between the builds are in wxt.config.ts (manifest) and
 * utils/platform.ts (run time); docs/compatibility.md lists them.
 */
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser as WebExtension } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { FIREFOX_HINT, findFirefox } from '../../scripts/test-browsers.mjs';
import { SETTINGS_KEY } from '../../utils/settings-feed';
import { type FixtureServer, ROOT, serveDir } from '../e2e/harness';

/** The extension APIs inside an extension page's `evaluate` callbacks. */
declare const browser: typeof WebExtension;

export const EXTENSION_PATH = join(ROOT, '.output/firefox-mv2');
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'treaty-lens@example.org';
/** The internal UUID the test profile gives the add-on, so its pages have a known origin. */
export const EXTENSION_UUID = '7e3a1c52-9d4b-4f60-8a2e-51c0b7d4e9a3';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** A new tab with page errors collected into `errors`. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  /** Runs `fn` in an extension page (where `browser.*` is the extension's API). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** Launches firefox-esr headless with the built extension installed. */
export async function launchFirefox({
  prefs = {},
}: {
  /** More preferences for the test profile (e.g. a proxy). */
  prefs?: Record<string, string | number | boolean>;
} = {}): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_HINT);
  statSync(join(EXTENSION_PATH, 'manifest.json')); // fails clearly when the build is missing
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Firefox's own Remote Settings sync (blocklists and the like) is the browser's traffic,
      // not the extension's: pointed nowhere, as in Mozilla's test profiles (a release build
      // reads this pref only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1, below).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...prefs,
    },
  });
  const id = await firefox.installExtension(EXTENSION_PATH);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);

  // Opened first, so that a page opened later is the active tab when tabIdOf asks.
  const extensionPage = await firefox.newPage();
  await openExtensionPage({ page: extensionPage, path: 'options.html' });
  const session: FirefoxSession = {
    browser: firefox,
    async newPage() {
      const page = await firefox.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      return { page, errors };
    },
    async inExtension(fn, arg) {
      return (await extensionPage.evaluate(fn as (a: unknown) => unknown, arg)) as Awaited<
        ReturnType<typeof fn>
      >;
    },
    close: () => firefox.close(),
  };
  return session;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Opens an extension page (`popup.html?tab=3`, `sources.html#…`) in `page` and waits until its
 * document is complete. BiDi does not report navigations to moz-extension:// as finished, so
 * the navigation is started without waiting and the page itself is asked.
 */
export async function openExtensionPage({
  page,
  path,
  timeoutMs = 10_000,
}: {
  page: Page;
  path: string;
  timeoutMs?: number;
}): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const context = (
    page.mainFrame() as unknown as {
      browsingContext: { navigate(url: string, wait: 'none'): Promise<void> };
    }
  ).browsingContext;
  await context.navigate(url, 'none');
  await waitForDocument({ page, url, timeoutMs });
}

/**
 * Reloads an extension page (see openExtensionPage for why not page.reload()): marks the old
 * document, so that only the new one, complete, counts as reloaded.
 */
export async function reloadExtensionPage({
  page,
  timeoutMs = 10_000,
}: {
  page: Page;
  timeoutMs?: number;
}): Promise<void> {
  await page.evaluate(() => {
    (window as { __reloading?: true }).__reloading = true;
    location.reload();
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const fresh = await page.evaluate(
        () => document.readyState === 'complete' && !('__reloading' in window),
      );
      if (fresh) return;
    } catch {
      // The document is being replaced.
    }
    await sleep(50);
  }
  throw new Error(`the page did not reload in ${timeoutMs} ms`);
}

async function waitForDocument({
  page,
  url,
  timeoutMs,
}: {
  page: Page;
  url: string;
  timeoutMs: number;
}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = '';
  while (Date.now() < deadline) {
    try {
      seen = await page.evaluate(() => `${document.readyState} ${location.href}`);
      if (seen === `complete ${url}`) return;
    } catch {
      // The document is being replaced.
    }
    await sleep(50);
  }
  throw new Error(`${url} did not load in ${timeoutMs} ms (last seen: ${seen})`);
}

/**
 * The page (tab or window) that `action` makes the browser open, once it shows an extension
 * page whose document is complete; with its address (Puppeteer's page.url() does not follow
 * moz-extension:// navigations).
 */
export async function extensionPageOpenedBy({
  session,
  action,
  timeoutMs = 10_000,
}: {
  session: FirefoxSession;
  action: () => Promise<unknown>;
  timeoutMs?: number;
}): Promise<{ page: Page; url: string }> {
  const before = new Set(await session.browser.pages());
  await action();
  const deadline = Date.now() + timeoutMs;
  let opened: Page | undefined;
  while (!opened) {
    opened = (await session.browser.pages()).find((page) => !before.has(page));
    if (opened) break;
    if (Date.now() > deadline) throw new Error(`no page opened within ${timeoutMs} ms`);
    await sleep(100);
  }
  let seen = '';
  while (Date.now() < deadline) {
    try {
      seen = await opened.evaluate(() => `${document.readyState} ${location.href}`);
      if (seen.startsWith(`complete ${EXTENSION_ORIGIN}/`))
        return { page: opened, url: seen.slice('complete '.length) };
    } catch {
      // The document is being replaced.
    }
    await sleep(100);
  }
  throw new Error(`the opened page showed no extension page within ${timeoutMs} ms (${seen})`);
}

/**
 * The tab id of a Puppeteer page: brought to the front, then the extension asks for the active
 * tab (without the `tabs` permission it sees ids, not URLs).
 */
export async function tabIdOf({
  session,
  page,
}: {
  session: FirefoxSession;
  page: Page;
}): Promise<number> {
  await page.bringToFront();
  const id = await session.inExtension(async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  }, undefined);
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** Stores `value` under the settings key exactly as given (see tests/e2e/harness.ts). */
export async function writeSettings({
  session,
  value,
}: {
  session: FirefoxSession;
  value: unknown;
}): Promise<void> {
  await session.inExtension(({ key, value }) => browser.storage.sync.set({ [key]: value }), {
    key: SETTINGS_KEY,
    value,
  });
}

/** Stores settings as the popup would: complete, `patch` over the defaults. */
export function setSettings({
  session,
  patch,
}: {
  session: FirefoxSession;
  patch: Partial<Settings>;
}): Promise<void> {
  return writeSettings({ session, value: { ...DEFAULT_SETTINGS, ...patch } });
}

/** The settings as stored (not parsed: partial, or `{}` when nothing is stored). */
export async function storedSettings(session: FirefoxSession): Promise<Partial<Settings>> {
  const all = await session.inExtension(
    (key) => browser.storage.sync.get(key) as Promise<Record<string, unknown>>,
    SETTINGS_KEY,
  );
  return (all[SETTINGS_KEY] ?? {}) as Partial<Settings>;
}

export async function resetSettings(session: FirefoxSession): Promise<void> {
  await session.inExtension(() => browser.storage.sync.clear(), undefined);
}

/**
 * The shadow root of `host`, open or closed, as a handle: BiDi serializes an element with its
 * shadow root whatever the mode, and a node it has serialized can be handed back to the page.
 * Null when the element has none. (Puppeteer's BiDi handles keep that serialization; their
 * class makes a handle of the root's.)
 */
export function shadowRootOf(host: ElementHandle<Element>): ElementHandle<ShadowRoot> | null {
  const internals = host as unknown as {
    remoteValue(): { value?: { shadowRoot?: unknown } };
    realm: unknown;
    constructor: { from(value: unknown, realm: unknown): ElementHandle<ShadowRoot> };
  };
  const root = internals.remoteValue().value?.shadowRoot;
  return root ? internals.constructor.from(root, internals.realm) : null;
}

/**
 * The extension's UI host candidates: elements with a shadow root among `<html>`'s children
 * (where the extension appends its host, a built-in element with a closed root).
 */
async function shadowHosts(page: Page): Promise<ElementHandle<ShadowRoot>[]> {
  const list = await page.evaluateHandle(() => [...document.documentElement.children]);
  const roots: ElementHandle<ShadowRoot>[] = [];
  for (const property of (await list.getProperties()).values()) {
    const element = property.asElement() as ElementHandle<Element> | null;
    const root = element && shadowRootOf(element);
    if (root) roots.push(root);
  }
  return roots;
}

/**
 * The extension's card as the accessibility tree sees it: the `dialog` named `name` (the
 * entity's name) inside the extension's host, and shown. Null when there is none.
 */
export async function findDialog({
  page,
  name,
}: {
  page: Page;
  name: string;
}): Promise<ElementHandle<Element> | null> {
  // Puppeteer's ARIA selector: the name as an attribute (a quoted name would keep its quotes).
  const selector = `::-p-aria([name="${name.replaceAll('"', '\\"')}"][role="dialog"])`;
  for (const root of await shadowHosts(page)) {
    const dialog = await root.$(selector);
    if (dialog && (await dialog.evaluate((el) => el.checkVisibility()))) return dialog;
  }
  return null;
}

/** Whether any dialog of the extension is shown. */
export async function anyDialogShown(page: Page): Promise<boolean> {
  for (const root of await shadowHosts(page)) {
    for (const dialog of await root.$$('::-p-aria([role="dialog"])')) {
      if (await dialog.evaluate((el) => el.checkVisibility())) return true;
    }
  }
  return false;
}

/** Polls `read` until it returns `expected` (deep-equal by JSON) or the time runs out. */
export async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await sleep(100);
    last = await read();
  }
  return last;
}

/** Waits for the card named `name` to be shown; returns the dialog. */
export async function waitDialog({
  page,
  name,
  timeoutMs = 5_000,
}: {
  page: Page;
  name: string;
  timeoutMs?: number;
}): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dialog = await findDialog({ page, name });
    if (dialog) return dialog;
    if (Date.now() > deadline) throw new Error(`no dialog named ${name} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

export interface RecordingProxy {
  /** Every request that reached the proxy: `GET http://…` or `CONNECT host:443`. */
  requests: string[];
  /** Preferences that send all of the browser's HTTP and HTTPS traffic to this proxy. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

/**
 * A proxy that records and refuses every request: the Firefox counterpart of the Chromium
 * suite's route watcher. With its prefs, every request the browser makes (pages, extension
 * pages, the background page) goes through it, except to localhost (the fixture server), which
 * Firefox never proxies.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
    },
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export interface FirefoxUse {
  session: FirefoxSession;
  server: { readonly url: string };
}

/**
 * The hooks a Firefox test file needs (as withExtension in tests/e2e/harness.ts): the browser
 * with the extension for the whole file and, with `fixtures`, a static server for that folder.
 */
export function withFirefox({
  fixtures,
  prefs,
}: {
  fixtures?: string;
  prefs?: () => Record<string, string | number | boolean>;
} = {}): FirefoxUse {
  let live: FirefoxSession | undefined;
  let served: FixtureServer | undefined;
  beforeAll(async () => {
    live = await launchFirefox({ prefs: prefs?.() });
    if (fixtures !== undefined) served = await serveDir(fixtures);
  });
  afterAll(async () => {
    await live?.close();
    await served?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`withFirefox: no ${what} (used outside a test?)`);
    return value;
  };
  const firefox = () => ready(live, 'browser');
  return {
    session: {
      get browser() {
        return firefox().browser;
      },
      newPage: () => firefox().newPage(),
      inExtension: (fn, arg) => firefox().inExtension(fn, arg),
      close: () => firefox().close(),
    },
    server: {
      get url() {
        return ready(served, 'fixture server (pass `fixtures`)').url;
      },
    },
  };
}
