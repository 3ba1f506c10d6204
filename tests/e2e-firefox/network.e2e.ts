/**
 * The extension makes no network request in Firefox either. All of the browser's traffic except
 * to localhost goes through a proxy that records and refuses it (startRecordingProxy); a session
 * that loads an article (content script), opens the card (its module loads), follows a chip to
 * the source viewer, and opens the popup and the options page must record nothing. Two control
 * tests prove the proxy and the CSP would catch a request.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { FIXTURES, highlightPoint, NAMES } from './card';
import {
  extensionPageOpenedBy,
  openExtensionPage,
  type RecordingProxy,
  startRecordingProxy,
  tabIdOf,
  waitDialog,
  withFirefox,
} from './firefox';

let proxy: RecordingProxy;
beforeAll(async () => {
  proxy = await startRecordingProxy();
});
const { session, server } = withFirefox({ fixtures: FIXTURES, prefs: () => proxy.prefs });
afterAll(async () => {
  await proxy?.close();
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

beforeEach(() => {
  proxy.requests.length = 0;
});

test('a page, the card, the viewer, the popup and the options page make no request', async () => {
  const { page } = await session.newPage();
  await page.goto(`${server.url}/article.html`);
  const { x, y } = await highlightPoint({ page, entity: 'putin' });
  await page.mouse.click(x, y);
  const dialog = await waitDialog({ page, name: NAMES.putin ?? 'putin' });
  const chip = await dialog.$('.tl-chip');
  if (!chip) throw new Error('no chip in the card');
  const viewer = await extensionPageOpenedBy({ session, action: () => chip.click() });
  await viewer.page.waitForSelector('mark.tv-passage');

  const tabId = await tabIdOf({ session, page });
  const { page: popup, errors: popupErrors } = await session.newPage();
  await openExtensionPage({ page: popup, path: `popup.html?tab=${tabId}` });
  await popup.waitForSelector('.popup-page .mention-group');
  const { page: options, errors: optionsErrors } = await session.newPage();
  await openExtensionPage({ page: options, path: 'options.html' });
  await options.click('input[name="kinds"][value="leader"]');
  await options.click('input[name="kinds"][value="leader"]');

  await page.reload();
  await sleep(1_000);
  expect(proxy.requests).toEqual([]);
  expect(popupErrors).toEqual([]);
  expect(optionsErrors).toEqual([]);
});

test('control: the proxy records a request to anywhere else', async () => {
  const { page } = await session.newPage();
  await page.goto(`${server.url}/article.html`);
  await page.evaluate(() =>
    fetch('http://192.0.2.1/ping').then(
      () => 'loaded',
      () => 'failed',
    ),
  );
  expect(proxy.requests).toEqual([expect.stringContaining('http://192.0.2.1/ping')]);
});

test('control: the CSP stops an extension page connecting elsewhere', async () => {
  const target = `${server.url}/article.html`;
  const { page } = await session.newPage();
  await page.goto(`${server.url}/article.html`);
  expect(await page.evaluate((url) => fetch(url).then((r) => r.status), target)).toBe(200);

  const { page: popup } = await session.newPage();
  await openExtensionPage({ page: popup, path: 'popup.html' });
  const fromPopup = await popup.evaluate(async (url) => {
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
  expect(proxy.requests).toEqual([]);
});
