import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkedViewerUrl, openSourceViewer, sourceViewerUrl, VIEWER_WINDOW } from './open';

const BASE = 'chrome-extension://test-extension-id/sources.html';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sourceViewerUrl', () => {
  test('is the extension page with the contract hash', () => {
    expect(sourceViewerUrl({ source: 'koreaherald', quote: 'a “b” & c' })).toBe(
      `${BASE}#source=koreaherald&quote=${encodeURIComponent('a “b” & c')}`,
    );
  });
});

describe('checkedViewerUrl', () => {
  test('accepts the viewer and re-encodes its hash', () => {
    const url = sourceViewerUrl({ source: 'eir', quote: 'x y' });
    expect(checkedViewerUrl({ url })).toBe(url);
    expect(checkedViewerUrl({ url: `${BASE}#source=nope` })).toBe(BASE);
  });

  test('refuses anything else', () => {
    for (const url of [
      'https://example.com/sources.html#source=eir',
      `${BASE}.evil.html`,
      'chrome-extension://other-id/sources.html#source=eir',
      'javascript:alert(1)',
    ]) {
      expect(checkedViewerUrl({ url })).toBeNull();
    }
  });
});

describe('openSourceViewer', () => {
  test('opens a popup window of the viewer size', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openSourceViewer({ source: 'asiae', quote: 'q' })).toBe('window');
    expect(create).toHaveBeenCalledWith({
      url: `${BASE}#source=asiae&quote=q`,
      type: 'popup',
      ...VIEWER_WINDOW,
    });
    expect(tabs).not.toHaveBeenCalled();
  });

  test('falls back to a tab when popup windows fail', async () => {
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('no popups here'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openSourceViewer({ url: `${BASE}#source=eir` })).toBe('tab');
    expect(tabs).toHaveBeenCalledWith({ url: `${BASE}#source=eir` });
  });

  test('opens a tab where there is no windows API (Firefox for Android)', async () => {
    const holder = fakeBrowser as unknown as { windows: unknown };
    const windows = holder.windows;
    holder.windows = undefined;
    try {
      const tabs = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
      expect(await openSourceViewer({ source: 'joongang' })).toBe('tab');
      expect(tabs).toHaveBeenCalledWith({ url: `${BASE}#source=joongang` });
    } finally {
      holder.windows = windows;
    }
  });

  test('opens nothing for a URL that is not the viewer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openSourceViewer({ url: 'https://example.com/' })).toBeNull();
    expect(create).not.toHaveBeenCalled();
    expect(tabs).not.toHaveBeenCalled();
  });
});
