// @vitest-environment happy-dom
/**
 * The highlighter content script's main() with the settings feed: it reuses the read the
 * settings-early script started, and works on its own when that script never ran in the frame
 * (an extension update into an open tab, a frame skipped at document_start).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/core/settings';
import highlighter from '@/entrypoints/highlighter.content/index';
import { startSettingsFeed } from '@/utils/settings-feed';

const FEED = Symbol.for('treaty-lens:settings-feed');
let ctx: ContentScriptContext | undefined;

const marks = () =>
  [...document.querySelectorAll('mark[data-treaty-lens]')].map((mark) => mark.textContent);

async function run() {
  ctx = new ContentScriptContext('highlighter', highlighter);
  await highlighter.main(ctx);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.stubGlobal('chrome', fakeBrowser);
  delete (globalThis as Record<symbol, unknown>)[FEED];
  document.body.innerHTML = '<p>Vladimir Putin arrived in Pyongyang on Tuesday.</p>';
});

afterEach(() => {
  ctx?.abort();
  ctx = undefined;
  vi.unstubAllGlobals();
  delete (globalThis as Record<symbol, unknown>)[FEED];
});

test('the early script never ran: main() reads the settings itself (once) and follows changes', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
  const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
  await run();
  expect(get).toHaveBeenCalledTimes(1);
  // Off as stored: nothing marked, even once the highlighter had every chance to.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(marks()).toEqual([]);

  await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
  await vi.waitFor(() => expect(marks()).toEqual(['Vladimir Putin']), { timeout: 2_000 });
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
  await vi.waitFor(() => expect(marks()).toEqual([]), { timeout: 2_000 });
  expect(get).toHaveBeenCalledTimes(1);
});

test('the early script ran: main() takes its feed, without a second read', async () => {
  const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
  startSettingsFeed();
  await run();
  await vi.waitFor(() => expect(marks()).toEqual(['Vladimir Putin']), { timeout: 2_000 });
  expect(get).toHaveBeenCalledTimes(1);
});
