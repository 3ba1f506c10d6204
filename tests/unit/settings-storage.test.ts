/**
 * The settings storage item against WXT's in-memory fake browser: defaults, corrupted values,
 * values from other versions, and the per-site helpers the popup and keyboard command use.
 * The module is re-imported per test because WXT runs migrations when the item is defined.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings';
import {
  SITE_LIST_LIMIT_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  storedBytes,
} from '../../utils/settings-quota';

async function load() {
  vi.resetModules();
  return await import('@/utils/settings');
}

async function stored(): Promise<{ value: unknown; meta: unknown }> {
  const all = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
  return { value: all.settings, meta: all.settings$ };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('reading', () => {
  test('nothing stored: the defaults, and nothing written', async () => {
    const { readSettings } = await load();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await stored()).value).toBeUndefined();
  });

  test('a corrupted value yields defaults with a warning, never a throw', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'not settings' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { readSettings } = await load();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('stored settings were invalid'));
  });

  test('an old-format value (fields missing) keeps what it has', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, disabledSites: ['example.com'] },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { readSettings } = await load();
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['example.com'],
    });
  });

  test('a value written by a newer version (after a downgrade) still reads as valid settings', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, showBadge: false, perSite: { 'a.example': 'off' } },
      settings$: { v: 2 },
    });
    // WXT refuses to migrate downwards and logs it; reading must still work.
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { readSettings } = await load();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, showBadge: false });
    expect(error).toHaveBeenCalled();
  });
});

describe('writing', () => {
  test('the first write records the schema version beside the value', async () => {
    const { updateSettings } = await load();
    await updateSettings({ showBadge: false });
    expect(await stored()).toEqual({
      value: { ...DEFAULT_SETTINGS, showBadge: false },
      meta: { v: 1 },
    });
  });

  test('updateSettings over a corrupted value writes a repaired, valid value', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'yes', style: 'underline' } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { updateSettings } = await load();
    await updateSettings({ tabOrder: true });
    expect((await stored()).value).toEqual({
      ...DEFAULT_SETTINGS,
      style: 'underline',
      tabOrder: true,
    });
  });

  test('quick successive writes all land (none lost to a race)', async () => {
    const { updateSettings, setSiteEnabled, readSettings } = await load();
    await Promise.all([
      updateSettings({ showBadge: false }),
      setSiteEnabled({ host: 'a.example', enabled: false }),
      setSiteEnabled({ host: 'b.example', enabled: false }),
      updateSettings({ openOn: 'click' }),
    ]);
    const settings = await readSettings();
    expect(settings.showBadge).toBe(false);
    expect(settings.openOn).toBe('click');
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
  });

  test('toggleSite flips one site off and back on', async () => {
    const { toggleSite, readSettings } = await load();
    expect((await toggleSite({ host: 'example.com' })).disabledSites).toEqual(['example.com']);
    expect((await readSettings()).disabledSites).toEqual(['example.com']);
    expect((await toggleSite({ host: 'example.com' })).disabledSites).toEqual([]);
    expect((await readSettings()).disabledSites).toEqual([]);
  });

  test('watchSettings delivers parsed settings on every change', async () => {
    const { watchSettings, updateSettings } = await load();
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await updateSettings({ enabled: false });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, style: 42 } });
    unwatch();
    expect(seen[0]?.enabled).toBe(false);
    expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('quotas (storage.sync: 8,192 bytes per item)', () => {
  /** Sites as long as real ones (`www.some-news-site-0042.example.com`). */
  const sites = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `www.some-news-site-${String(i).padStart(4, '0')}.example.com`,
    );

  /** The most sites the limit lets the list hold, stored as they would be. */
  async function fillSiteList() {
    let n = 0;
    while (
      storedBytes({ ...DEFAULT_SETTINGS, disabledSites: sites(n + 1).sort() }) <=
      SITE_LIST_LIMIT_BYTES
    )
      n++;
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, disabledSites: sites(n).sort() },
    });
    return n;
  }

  test('a full list refuses one more site, says so, and stores nothing', async () => {
    const n = await fillSiteList();
    expect(n).toBeGreaterThan(150);
    const { toggleSite, setSiteEnabled, SettingsWriteError } = await load();
    const before = (await stored()).value;
    // As long as the sites already there (a shorter one might still fit).
    const refused = toggleSite({ host: 'www.some-news-site-9999.example.com' });
    await expect(refused).rejects.toBeInstanceOf(SettingsWriteError);
    await expect(refused).rejects.toMatchObject({ reason: 'site-list-full' });
    await expect(refused).rejects.toThrow(`full (${n} sites)`);
    await expect(
      setSiteEnabled({ host: 'www.some-news-site-9998.example.com', enabled: false }),
    ).rejects.toThrow(/full/);
    expect((await stored()).value).toEqual(before);
    // The limit keeps the item under the browser's quota, with room to spare.
    expect(storedBytes(before as Settings)).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM - 400);
  });

  test('with the list full, every other setting still saves, and sites can be removed', async () => {
    await fillSiteList();
    const { updateSettings, setSiteEnabled, toggleSite, readSettings } = await load();
    await updateSettings({ style: 'high-contrast', openOn: 'click' });
    expect((await readSettings()).style).toBe('high-contrast');
    const first = (await readSettings()).disabledSites[0] ?? '';
    await setSiteEnabled({ host: first, enabled: true });
    expect((await readSettings()).disabledSites).not.toContain(first);
    // …which makes room for one more.
    await toggleSite({ host: 'one-more.example.org' });
    expect((await readSettings()).disabledSites).toContain('one-more.example.org');
  });

  test('a write the browser refuses rejects with a sentence for the reader', async () => {
    const { updateSettings, SettingsWriteError } = await load();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const write = updateSettings({ enabled: false });
    await expect(write).rejects.toBeInstanceOf(SettingsWriteError);
    await expect(write).rejects.toThrow(
      'Not saved: the browser’s sync storage for Treaty Lens is full.',
    );
  });

  test('too many writes a minute: the reader is told to wait', async () => {
    const { updateSettings } = await load();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    await expect(updateSettings({ enabled: false })).rejects.toThrow(/try again in a minute/);
  });

  test('a failed write does not block the next one', async () => {
    const { updateSettings, readSettings } = await load();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    await expect(updateSettings({ enabled: false })).rejects.toThrow();
    await updateSettings({ showBadge: false });
    expect((await readSettings()).showBadge).toBe(false);
  });
});

describe('watchStoredSettings (utils/stored-settings.ts: the key, without the WXT item)', () => {
  const custom: Settings = {
    ...DEFAULT_SETTINGS,
    enabled: false,
    disabledSites: ['a.example'],
    style: 'underline',
  };

  test('sees changes of the item only, until it is stopped', async () => {
    vi.resetModules();
    const { watchStoredSettings } = await import('@/utils/stored-settings');
    const seen: Settings[] = [];
    const stop = watchStoredSettings((settings) => seen.push(settings));
    const { updateSettings } = await load();
    await updateSettings(custom);
    await fakeBrowser.storage.sync.set({ other: 1 });
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS });
    await fakeBrowser.storage.sync.remove('settings');
    stop();
    await updateSettings(custom);
    expect(seen).toEqual([custom, DEFAULT_SETTINGS]);
  });
});
