// @vitest-environment happy-dom
/**
 * The loader content script's main() with the settings feed: it reuses a read an earlier
 * instance in the frame started, and works on its own when none did (an extension update into
 * an open tab); highlighting follows the settings both ways. The highlighter chunk is imported
 * from source here (in the browser the loader imports the built `highlights.js`).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/core/settings';
import {
  highlightedTexts,
  installHighlightApi,
} from '@/entrypoints/highlighter.content/highlighter.fixture';
import highlighter from '@/entrypoints/highlighter.content/index';
import { startSettingsFeed } from '@/utils/settings-feed';

const FEED = Symbol.for('treaty-lens:settings-feed');
let ctx: ContentScriptContext | undefined;

vi.mock('@/entrypoints/highlighter.content/chunk-loader', () => ({
  loadHighlights: () =>
    import('@/entrypoints/highlighter.content/start').then((module) => module.highlightsModule),
}));

const marks = highlightedTexts;
installHighlightApi();

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

test('no feed started in the frame: main() reads the settings itself (once) and follows changes', async () => {
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

test('a feed already started in the frame: main() takes it, without a second read', async () => {
  const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
  startSettingsFeed();
  await run();
  await vi.waitFor(() => expect(marks()).toEqual(['Vladimir Putin']), { timeout: 2_000 });
  expect(get).toHaveBeenCalledTimes(1);
});
