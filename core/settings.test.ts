import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  kindEnabled,
  type Settings,
  salvageSettings,
  siteEnabled,
  withSite,
} from './settings';

const custom: Settings = {
  enabled: false,
  disabledSites: ['example.com', 'news.example.org'],
  kinds: { treaty: true, leader: false, delegate: true },
  style: 'high-contrast',
  openOn: 'click',
  tabOrder: true,
  showBadge: false,
};

describe('salvageSettings', () => {
  test('a valid value comes back unchanged with nothing repaired', () => {
    expect(salvageSettings(custom)).toEqual({ settings: custom, repaired: [] });
  });

  test.each([null, undefined, 'enabled', 42, ['example.com']])(
    'a value that is not an object (%j) yields the defaults',
    (value) => {
      const { settings, repaired } = salvageSettings(value);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(repaired).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
    },
  );

  test('an older value missing fields keeps the fields it has', () => {
    const old = { enabled: false, disabledSites: ['example.com'] };
    const { settings, repaired } = salvageSettings(old);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['example.com'],
    });
    expect(repaired.sort()).toEqual(['kinds', 'openOn', 'showBadge', 'style', 'tabOrder']);
  });

  test('one invalid field falls back alone; the others are kept', () => {
    const { settings, repaired } = salvageSettings({ ...custom, style: 'neon', showBadge: 'yes' });
    expect(settings).toEqual({ ...custom, style: 'default', showBadge: true });
    expect(repaired.sort()).toEqual(['showBadge', 'style']);
  });

  test('disabledSites keeps its string entries, without duplicates', () => {
    const { settings, repaired } = salvageSettings({
      ...custom,
      disabledSites: ['a.example', 7, null, 'b.example', 'a.example'],
    });
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
    expect(repaired).toEqual(['disabledSites']);
  });

  test('kinds keeps each valid flag and defaults the rest', () => {
    const { settings, repaired } = salvageSettings({ ...custom, kinds: { leader: false } });
    expect(settings.kinds).toEqual({ treaty: true, leader: false, delegate: true });
    expect(repaired).toEqual(['kinds']);
  });

  test('unknown fields (say, from a newer version) are dropped, known ones kept', () => {
    const { settings } = salvageSettings({ ...custom, theme: 'dark' });
    expect(settings).toEqual(custom);
    expect(settings).not.toHaveProperty('theme');
  });
});

describe('per-site helpers', () => {
  test('withSite turns a site off, keeping the list sorted', () => {
    const next = withSite({ settings: custom, host: 'b.example', enabled: false });
    expect(next.disabledSites).toEqual(['b.example', 'example.com', 'news.example.org']);
    expect(siteEnabled({ settings: next, host: 'b.example' })).toBe(false);
  });

  test('withSite turns a site back on', () => {
    const next = withSite({ settings: custom, host: 'example.com', enabled: true });
    expect(next.disabledSites).toEqual(['news.example.org']);
    expect(siteEnabled({ settings: next, host: 'example.com' })).toBe(true);
  });

  test('withSite returns the same object when nothing changes, and ignores an empty host', () => {
    expect(withSite({ settings: custom, host: 'example.com', enabled: false })).toBe(custom);
    expect(withSite({ settings: custom, host: 'other.example', enabled: true })).toBe(custom);
    expect(withSite({ settings: custom, host: '', enabled: false })).toBe(custom);
  });

  test('isActiveOn needs both the master switch and the site switch', () => {
    const on = { ...custom, enabled: true };
    expect(isActiveOn({ settings: on, host: 'other.example' })).toBe(true);
    expect(isActiveOn({ settings: on, host: 'example.com' })).toBe(false);
    expect(isActiveOn({ settings: custom, host: 'other.example' })).toBe(false);
  });

  test('kindEnabled reads the kind flags', () => {
    expect(kindEnabled({ settings: custom, kind: 'leader' })).toBe(false);
    expect(kindEnabled({ settings: custom, kind: 'delegate' })).toBe(true);
  });
});
