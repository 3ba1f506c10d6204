/**
 * The content scripts' settings feed (utils/settings-feed.ts, parsed by takeSettingsFeed in
 * utils/stored-settings.ts) against WXT's in-memory fake browser, as the native `chrome` of a
 * Chrome content script: one read per frame however often it is taken, a change is never
 * overwritten by an older read's answer, changes reach subscribers parsed and repaired.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings';
import { type SettingsStorageApi, startSettingsFeed } from '@/utils/settings-feed';
import { takeSettingsFeed } from '@/utils/stored-settings';

const FEED = Symbol.for('treaty-lens:settings-feed');

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: ['a.example'],
  style: 'underline',
};
const newer: Settings = {
  ...DEFAULT_SETTINGS,
  kinds: { treaty: true, leader: false, delegate: true },
};

/** Lets pending promise callbacks and timers of the fake storage run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Holds storage's answers to `get` until `release()`: each answer is what was stored when the
 * read was asked (as a real read in flight), delivered later.
 */
function holdReads() {
  const real = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const get = vi
    .spyOn(fakeBrowser.storage.sync, 'get')
    .mockImplementation(async (keys?: Parameters<typeof real>[0]) => {
      const answer = await real(keys);
      await gate;
      return answer;
    });
  return { get, release };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // A Chrome content script: `chrome` with promises, no `browser`.
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', fakeBrowser);
  delete (globalThis as Record<symbol, unknown>)[FEED];
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<symbol, unknown>)[FEED];
});

describe('one read per frame', () => {
  test('started by the early script and taken twice by the highlighter: storage is read once', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    startSettingsFeed();
    const first = takeSettingsFeed();
    const second = takeSettingsFeed();
    expect(await first.current()).toEqual(custom);
    expect(await second.current()).toEqual(custom);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith('settings');
  });

  test('the early script never ran: taking the feed starts it (one read)', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await takeSettingsFeed().current()).toEqual(custom);
    expect(get).toHaveBeenCalledTimes(1);
  });

  test('Firefox: the native `browser` is used when there is one', async () => {
    vi.stubGlobal('browser', fakeBrowser);
    vi.stubGlobal('chrome', undefined);
    await fakeBrowser.storage.sync.set({ settings: custom });
    expect(await takeSettingsFeed().current()).toEqual(custom);
  });

  test('a feed left by an extension context that is gone (an update) is replaced', async () => {
    const stale: SettingsStorageApi = {
      runtime: {},
      storage: {
        sync: { get: async () => ({ settings: DEFAULT_SETTINGS }) },
        onChanged: { addListener: () => {}, removeListener: () => {} },
      },
    };
    vi.stubGlobal('chrome', stale);
    startSettingsFeed();
    vi.stubGlobal('chrome', fakeBrowser);
    await fakeBrowser.storage.sync.set({ settings: custom });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await takeSettingsFeed().current()).toEqual(custom);
    expect(get).toHaveBeenCalledTimes(1);
  });
});

describe('ordering: a change wins over an older answer, the latest change wins', () => {
  test('changes that arrive before the read answers are not overwritten by its older answer', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom });
    const { get, release } = holdReads();
    const feed = takeSettingsFeed();
    const seen: Settings[] = [];
    feed.subscribe((settings) => seen.push(settings));
    const beforeAnyAnswer = feed.current();

    const between: Settings = { ...custom, style: 'high-contrast' };
    await fakeBrowser.storage.sync.set({ settings: between });
    // The first change answers a waiting reader at once, without the read.
    expect(await beforeAnyAnswer).toEqual(between);
    await fakeBrowser.storage.sync.set({ settings: newer });
    release();
    await settle();

    expect(get).toHaveBeenCalledTimes(1);
    expect(await feed.current()).toEqual(newer);
    // The read's (older) answer reached nobody.
    expect(seen).toEqual([between, newer]);
  });

  test('a removal before the read answers means the defaults, not the older stored value', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom });
    const { release } = holdReads();
    const feed = takeSettingsFeed();
    await fakeBrowser.storage.sync.remove('settings');
    release();
    await settle();
    expect(await feed.current()).toEqual(DEFAULT_SETTINGS);
  });

  test('without a change, the answer is what is stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom });
    const { release } = holdReads();
    const feed = takeSettingsFeed();
    const answer = feed.current();
    release();
    expect(await answer).toEqual(custom);
  });
});

describe('changes and subscribers', () => {
  test('changes after the answer reach subscribers parsed; other keys and areas do not', async () => {
    const feed = takeSettingsFeed();
    expect(await feed.current()).toEqual(DEFAULT_SETTINGS);
    const seen: Settings[] = [];
    feed.subscribe((settings) => seen.push(settings));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    await fakeBrowser.storage.sync.set({ settings: custom });
    await fakeBrowser.storage.sync.set({ other: 1 });
    await fakeBrowser.storage.local.set({ settings: newer });
    await fakeBrowser.storage.sync.set({ settings: { ...newer, style: 'neon', extra: true } });
    await fakeBrowser.storage.sync.remove('settings');

    expect(seen).toEqual([custom, newer, DEFAULT_SETTINGS]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('repaired style'));
    expect(await feed.current()).toEqual(DEFAULT_SETTINGS);
  });

  test('unsubscribe stops delivery to that subscriber only', async () => {
    const feed = takeSettingsFeed();
    await feed.current();
    const kept: Settings[] = [];
    const dropped: Settings[] = [];
    feed.subscribe((settings) => kept.push(settings));
    const unsubscribe = feed.subscribe((settings) => dropped.push(settings));
    await fakeBrowser.storage.sync.set({ settings: custom });
    unsubscribe();
    await fakeBrowser.storage.sync.set({ settings: newer });
    expect(dropped).toEqual([custom]);
    expect(kept).toEqual([custom, newer]);
  });

  test('the same callback subscribed twice is two subscriptions', async () => {
    const feed = takeSettingsFeed();
    const seen: Settings[] = [];
    const callback = (settings: Settings) => seen.push(settings);
    const first = feed.subscribe(callback);
    feed.subscribe(callback);
    first();
    await fakeBrowser.storage.sync.set({ settings: custom });
    expect(seen).toEqual([custom]);
  });
});

describe('invalid and missing values', () => {
  test('nothing stored: the defaults, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await takeSettingsFeed().current()).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a corrupted value is repaired field by field with a warning, never thrown', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...custom, style: 'neon' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await takeSettingsFeed().current()).toEqual({ ...custom, style: 'default' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('repaired style'));
  });

  test('a value that is not settings at all: the defaults, with a warning', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'not settings' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await takeSettingsFeed().current()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('stored settings were invalid'));
  });

  test('a failed read rejects for whoever asks (nobody asking is no unhandled rejection), until a change brings a value', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('context invalidated'));
    startSettingsFeed(); // the early script: nobody awaits it
    await settle();
    const feed = takeSettingsFeed();
    await expect(feed.current()).rejects.toThrow('context invalidated');
    await fakeBrowser.storage.sync.set({ settings: custom });
    expect(await feed.current()).toEqual(custom);
  });
});
