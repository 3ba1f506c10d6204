/**
 * The background's source viewer (entrypoints/background/viewer.ts) against WXT's fake browser:
 * citations resolved against the bundled knowledge, one viewer reused, bursts throttled.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledKnowledge } from '@/core/bundled';
import {
  showInViewer,
  sourceViewerUrl,
  throttleLatest,
  VIEWER_WINDOW,
} from '@/entrypoints/background/viewer';

const BASE = 'chrome-extension://test-extension-id/sources.html';

let tabs: Partial<Browser.tabs.Tab>[];
let createWindow: ReturnType<typeof vi.fn>;
let createTab: ReturnType<typeof vi.fn>;
let updateTab: ReturnType<typeof vi.fn>;
let focusWindow: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  tabs = [{ id: 1, windowId: 1, url: undefined }]; // a web page: its URL hidden from us
  createWindow = vi.fn(async ({ url }: { url: string }) => {
    tabs.push({ id: 50, windowId: 9, url });
    return { id: 9, tabs: [{ id: 50 }] };
  });
  createTab = vi.fn(async ({ url }: { url: string }) => {
    tabs.push({ id: 60, windowId: 1, url });
    return { id: 60 };
  });
  updateTab = vi.fn(async (id: number, { url }: { url: string }) => {
    const tab = tabs.find((t) => t.id === id);
    if (!tab) throw new Error('no such tab');
    tab.url = url;
    return tab;
  });
  focusWindow = vi.fn(async () => ({}));
  Object.assign(fakeBrowser.tabs, {
    query: vi.fn(async () => tabs.map((t) => ({ ...t }))),
    update: updateTab,
    create: createTab,
  });
  Object.assign(fakeBrowser.windows, { create: createWindow, update: focusWindow });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('sourceViewerUrl', () => {
  test('is the extension page with the contract hash', () => {
    expect(sourceViewerUrl({ source: 'koreaherald', quote: 'a “b” & c' })).toBe(
      `${BASE}#source=koreaherald&quote=${encodeURIComponent('a “b” & c')}`,
    );
  });
});

describe('showInViewer', () => {
  test('opens a popup window of the viewer size when there is no viewer', async () => {
    expect(await showInViewer(`${BASE}#source=asiae&quote=q`)).toBe('window');
    expect(createWindow).toHaveBeenCalledWith({
      url: `${BASE}#source=asiae&quote=q`,
      type: 'popup',
      ...VIEWER_WINDOW,
    });
  });

  test('then navigates and focuses that one instead of opening another', async () => {
    await showInViewer(`${BASE}#source=asiae`);
    expect(await showInViewer(`${BASE}#source=eir`)).toBe('reused');
    expect(createWindow).toHaveBeenCalledOnce();
    expect(updateTab).toHaveBeenCalledWith(50, { url: `${BASE}#source=eir`, active: true });
    expect(focusWindow).toHaveBeenCalledWith(9, { focused: true });
  });

  test('reuses a viewer tab the reader opened, and opens anew once it is closed', async () => {
    tabs.push({ id: 7, windowId: 3, url: `${BASE}` });
    expect(await showInViewer(`${BASE}#source=eir`)).toBe('reused');
    expect(updateTab).toHaveBeenCalledWith(7, { url: `${BASE}#source=eir`, active: true });
    tabs = tabs.filter((t) => t.id !== 7);
    expect(await showInViewer(`${BASE}#source=eir`)).toBe('window');
  });

  test('does not take another page, or another extension’s, for the viewer', async () => {
    tabs.push({ id: 8, windowId: 3, url: 'https://example.com/sources.html' });
    tabs.push({ id: 9, windowId: 3, url: 'chrome-extension://other/sources.html' });
    expect(await showInViewer(`${BASE}#source=eir`)).toBe('window');
    expect(updateTab).not.toHaveBeenCalled();
  });

  test('falls back to a tab when popup windows fail', async () => {
    createWindow.mockRejectedValueOnce(new Error('no popups here'));
    expect(await showInViewer(`${BASE}#source=eir`)).toBe('tab');
    expect(createTab).toHaveBeenCalledWith({ url: `${BASE}#source=eir` });
  });
});

describe('throttleLatest', () => {
  test('a burst runs its first request at once and its last one after the interval', async () => {
    vi.useFakeTimers();
    try {
      const runs: number[] = [];
      const request = throttleLatest({
        intervalMs: 500,
        run: async (n: number) => {
          runs.push(n);
          return n;
        },
      });
      const results = Array.from({ length: 20 }, (_, i) => request(i));
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toEqual([0]);
      await vi.advanceTimersByTimeAsync(499);
      expect(runs).toEqual([0]);
      await vi.advanceTimersByTimeAsync(1);
      expect(runs).toEqual([0, 19]);
      const settled = await Promise.all(results);
      expect(settled.filter((r) => r === 'superseded')).toHaveLength(18);
      expect([settled[0], settled[19]]).toEqual([0, 19]);
      // After a quiet interval the next request runs at once again.
      await vi.advanceTimersByTimeAsync(600);
      void request(99);
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toEqual([0, 19, 99]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a failing run resolves null and does not block the next', async () => {
    const request = throttleLatest({
      intervalMs: 0,
      run: async (n: number) => {
        if (n === 1) throw new Error('refused');
        return n;
      },
    });
    expect(await request(1)).toBeNull();
    expect(await request(2)).toBe(2);
  });
});

test('the bundled knowledge has what the card cites', () => {
  expect(bundledKnowledge().claims.length).toBeGreaterThan(0);
});
