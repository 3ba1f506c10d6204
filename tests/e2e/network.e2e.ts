/**
 * The extension makes no network request, ever. Every request of the browser context is routed
 * through a watcher that lets through only the fixture server and the extension's own files,
 * aborts everything else and records it. A session that loads a fixture page (content script),
 * opens the popup, the options page and the source viewer, and exercises them must record
 * nothing. Two control tests prove the watcher and the CSP would catch a request. (Checked by
 * hand with a build without the CSP: the route then sees and aborts fetches from the popup page
 * and from the service worker, so the watcher covers extension pages and the background too.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Route } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { EXTENSION_PATH, withExtension } from './harness';
import { FIXTURES, openPopup, tabIdOf } from './toolbar-helpers';

const { session, server } = withExtension({ fixtures: FIXTURES });
const outside: string[] = [];

function describeRequest(request: Request): string {
  const from = request.serviceWorker()?.url() ?? request.frame()?.url() ?? 'unknown';
  return `${request.method()} ${request.url()} (from ${from})`;
}

/**
 * The extension's web-accessible modules as a content script's import() loads them: at the
 * session's dynamic URL (`use_dynamic_url`: a random id in place of the extension's).
 */
const OWN_DYNAMIC = /^chrome-extension:\/\/[0-9a-f-]{36}\/(?:highlights|popover-card)\.js$/;

beforeAll(async () => {
  const own = `chrome-extension://${session.extensionId}/`;
  await session.context.route('**/*', (route: Route) => {
    const url = route.request().url();
    if (
      url.startsWith(`${server.url}/`) ||
      url.startsWith(own) ||
      OWN_DYNAMIC.test(url) ||
      url.startsWith('data:')
    ) {
      return route.continue();
    }
    outside.push(describeRequest(route.request()));
    return route.abort('blockedbyclient');
  });
});

beforeEach(() => {
  outside.length = 0;
});

test('a page, the popup, the options page and the viewer make no request beyond the fixture server', async () => {
  const { page } = await session.newPage();
  await page.goto(`${server.url}/article.html`);
  await page.waitForTimeout(1_000); // content script: matching, highlighting, reporting
  const tabId = await tabIdOf({ session, page });

  const popup = await openPopup({ session, tabId });
  const mention = popup.page.locator('.mention').first();
  if (await mention.count()) await mention.click();
  await popup.page.getByRole('switch', { name: 'Highlight on all sites' }).click();
  await popup.page.getByRole('switch', { name: 'Highlight on all sites' }).click();

  const options = await session.newPage();
  await options.page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.page.getByRole('radio', { name: /High contrast/ }).check();
  await options.page.getByRole('radio', { name: /Default/ }).check();

  if (existsSync(join(EXTENSION_PATH, 'sources.html'))) {
    const viewer = await session.newPage();
    await viewer.page.goto(
      `chrome-extension://${session.extensionId}/sources.html#source=eir&quote=Putin`,
    );
    await viewer.page.waitForTimeout(1_000);
  } else {
    console.warn('network.e2e: no sources.html in this build; the viewer was not visited');
  }

  await page.reload();
  await page.waitForTimeout(1_000);
  expect(outside).toEqual([]);
  expect(popup.errors).toEqual([]);
  expect(options.errors).toEqual([]);
});

test('control: the watcher records and blocks a request to anywhere else', async () => {
  const { page } = await session.newPage();
  await page.goto(`${server.url}/plain.html`);
  const result = await page.evaluate(() =>
    fetch('http://192.0.2.1/ping').then(
      () => 'loaded',
      () => 'failed',
    ),
  );
  expect(result).toBe('failed');
  expect(outside).toEqual([expect.stringContaining('http://192.0.2.1/ping')]);
});

test('control: the CSP stops extension pages and the background connecting elsewhere', async () => {
  const target = `${server.url}/plain.html`;
  // A web page may fetch the fixture server…
  const { page } = await session.newPage();
  await page.goto(`${server.url}/article.html`);
  expect(await page.evaluate((url) => fetch(url).then((r) => r.status), target)).toBe(200);

  // …the popup may not, and the request never reaches the network.
  const popup = await session.newPage();
  await popup.page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const fromPopup = await popup.page.evaluate(async (url) => {
    const violation = new Promise<string>((done) =>
      document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective)),
    );
    const outcome = await fetch(url).then(
      () => 'loaded',
      () => 'failed',
    );
    return { outcome, directive: await violation };
  }, target);
  expect(fromPopup).toEqual({ outcome: 'failed', directive: 'connect-src' });

  // Nor may the background.
  const fromWorker = await session.serviceWorker.evaluate(
    (url) =>
      fetch(url).then(
        () => 'loaded',
        (e: unknown) => `failed: ${String(e)}`,
      ),
    target,
  );
  expect(fromWorker).toMatch(/^failed/);
  expect(outside).toEqual([]);
});
