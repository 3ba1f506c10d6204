/**
 * The background's message gate: parsed with the shared schema, checked against the sender, and
 * only then acted on (badge, source viewer, editorial notes). Run against WXT's fake browser.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledKnowledge } from '@/core/bundled';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings';
import { badgeText } from '@/entrypoints/background/badge';
import { handleMessage } from '@/entrypoints/background/messages';
import { VIEWER_WINDOW } from '@/entrypoints/background/viewer';

const settings =
  (patch: Partial<Settings> = {}) =>
  async () => ({ ...DEFAULT_SETTINGS, ...patch });

let setBadgeText: ReturnType<typeof vi.fn>;
let createWindow: ReturnType<typeof vi.fn>;
let createTab: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  setBadgeText = vi.fn(async () => {});
  createWindow = vi.fn(async () => ({}));
  createTab = vi.fn(async () => ({}));
  Object.assign(fakeBrowser.action, { setBadgeText });
  Object.assign(fakeBrowser.windows, { create: createWindow });
  Object.assign(fakeBrowser.tabs, { create: createTab, query: vi.fn(async () => []) });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const ownId = () => fakeBrowser.runtime.id;
const fromTab = (extra: Partial<Browser.runtime.MessageSender> = {}) => ({
  id: ownId(),
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
  ...extra,
});
const viewer = () => new URL('sources.html', fakeBrowser.runtime.getURL('/')).href;

describe('mentions', () => {
  const mentions = { type: 'mentions', counts: { putin: 2, lavrov: 1 }, total: 3, disputes: {} };

  test('from a content script’s top frame: the tab’s badge shows the total', async () => {
    await handleMessage({ input: mentions, sender: fromTab(), settings: settings() });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '3' });
  });

  test('showBadge off: the badge is emptied instead', async () => {
    await handleMessage({
      input: mentions,
      sender: fromTab(),
      settings: settings({ showBadge: false }),
    });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '' });
  });

  test.each([
    ['a subframe', fromTab({ frameId: 3 })],
    ['an extension page (no tab)', { id: ownId(), url: 'chrome-extension://x/popup.html' }],
    ['another extension', fromTab({ id: 'someone-else' })],
  ])('ignored from %s', async (_label, sender) => {
    await handleMessage({ input: mentions, sender, settings: settings() });
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalled();
  });

  test('a malformed message is ignored with a warning', async () => {
    const result = handleMessage({
      input: { type: 'mentions', counts: { putin: -1 }, total: 'many' },
      sender: fromTab(),
      settings: settings(),
    });
    expect(result).toBeUndefined();
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalled();
  });
});

describe('open-source', () => {
  const claim = () => {
    const first = bundledKnowledge().claims[0];
    if (!first?.evidence[0]) throw new Error('no claims bundled');
    return {
      ref: `${first.id}#0`,
      source: first.evidence[0].source,
      quote: first.evidence[0].quote,
    };
  };

  test('a known citation opens the viewer at its source and quote, in a popup window', async () => {
    const { ref, source, quote } = claim();
    await expect(
      handleMessage({
        input: { type: 'open-source', citation: ref },
        sender: fromTab(),
        settings: settings(),
      }),
    ).resolves.toBe('window');
    expect(createWindow).toHaveBeenCalledWith({
      url: `${viewer()}#source=${source}&quote=${encodeURIComponent(quote)}`,
      type: 'popup',
      ...VIEWER_WINDOW,
    });
  });

  test.each(['no-such-claim#0', 'https://evil.example/', `${viewer()}#source=eir`])(
    'refuses %s',
    async (citation) => {
      await expect(
        handleMessage({
          input: { type: 'open-source', citation },
          sender: fromTab(),
          settings: settings(),
        }),
      ).resolves.toBeNull();
      expect(createWindow).not.toHaveBeenCalled();
      expect(createTab).not.toHaveBeenCalled();
    },
  );

  test('a viewer address instead of a citation is malformed', () => {
    expect(
      handleMessage({
        input: { type: 'open-source', url: viewer() },
        sender: fromTab(),
        settings: settings(),
      }),
    ).toBeUndefined();
    expect(createWindow).not.toHaveBeenCalled();
  });

  test.each([
    ['outside a tab', { id: fakeBrowser.runtime.id }],
    ['another extension', { id: 'someone-else', tab: { id: 7 } as Browser.tabs.Tab }],
  ])('ignored from %s', async (_label, sender) => {
    await handleMessage({
      input: { type: 'open-source', citation: claim().ref },
      sender,
      settings: settings(),
    });
    expect(createWindow).not.toHaveBeenCalled();
  });
});

describe('open-editorial', () => {
  test('opens editorial.html in a tab', async () => {
    await expect(
      handleMessage({
        input: { type: 'open-editorial' },
        sender: fromTab(),
        settings: settings(),
      }),
    ).resolves.toBe('tab');
    expect(createTab).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/editorial.html') });
  });

  test('carries nothing the sender could choose', async () => {
    await handleMessage({
      input: { type: 'open-editorial', url: 'https://evil.example/' },
      sender: fromTab(),
      settings: settings(),
    });
    expect(createTab).not.toHaveBeenCalled();
  });

  test('ignored from outside a tab, or from another extension', async () => {
    for (const sender of [{ id: ownId() }, fromTab({ id: 'other-extension' })]) {
      await handleMessage({ input: { type: 'open-editorial' }, sender, settings: settings() });
    }
    expect(createTab).not.toHaveBeenCalled();
  });
});

describe('badgeText', () => {
  test.each([
    [0, true, ''],
    [1, true, '1'],
    [999, true, '999'],
    [1000, true, '999+'],
    [12, false, ''],
  ])('%i mentions, showBadge %s → %j', (total, showBadge, text) => {
    expect(badgeText({ total, showBadge })).toBe(text);
  });
});
