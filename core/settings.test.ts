import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  exactSettings,
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
  statements: false,
  style: 'high-contrast',
  openOn: 'click',
  tabOrder: true,
  showBadge: false,
};

describe('salvageSettings', () => {
  test('a valid value comes back unchanged with nothing repaired', () => {
    expect(salvageSettings(custom)).toEqual({ settings: custom, repaired: [] });
  });

  test('a value stored before `statements` existed gets its default, without a repair', () => {
    const { statements: _, ...older } = custom;
    expect(salvageSettings(older)).toEqual({
      settings: { ...custom, statements: true },
      repaired: [],
    });
    expect(salvageSettings({ ...older, statements: 'yes' }).repaired).toEqual(['statements']);
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

/**
 * The stored shape as a zod schema, here only: the parser is hand-written (so the content script
 * carries no zod), and this independent statement of the shape is what it is checked against.
 * Unknown fields (say, from a newer version) are dropped without counting as a repair, which is
 * what zod's non-strict object does; what comes out must pass the strict one.
 */
const shape = (strict: boolean) => {
  const object = strict ? z.strictObject : z.object;
  return object({
    enabled: z.boolean(),
    disabledSites: z.array(z.string()),
    kinds: object({ treaty: z.boolean(), leader: z.boolean(), delegate: z.boolean() }),
    // Added after version 1: a value stored before it has none.
    statements: strict ? z.boolean() : z.boolean().default(true),
    style: z.enum(['default', 'high-contrast', 'underline']),
    openOn: z.enum(['hover', 'click']),
    tabOrder: z.boolean(),
    showBadge: z.boolean(),
  });
};
const Strict = shape(true);
const Loose = shape(false);
/** Duplicate sites may go in a repair: compare without them. */
const unique = (settings: Settings) => ({
  ...settings,
  disabledSites: [...new Set(settings.disabledSites)],
});

/** Valid fields come back as they were (up to duplicate sites), with nothing repaired; anything else is repaired into
 * a value the strict schema accepts. */
function expectLikeTheSchema(value: unknown) {
  const { settings, repaired } = salvageSettings(value);
  expect(Strict.safeParse(settings).success).toBe(true);
  const loose = Loose.safeParse(value);
  expect(repaired.length === 0).toBe(loose.success);
  if (loose.success) expect(unique(settings)).toEqual(unique(loose.data));
}

describe('salvageSettings against the schema', () => {
  test.each<[string, unknown]>([
    ['a valid value', custom],
    ['the defaults', DEFAULT_SETTINGS],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'enabled'],
    ['a number', 42],
    ['an array', ['example.com']],
    ['an empty object', {}],
    ['an older value missing fields', { enabled: false, disabledSites: ['example.com'] }],
    ['two bad fields', { ...custom, style: 'neon', showBadge: 'yes' }],
    [
      'sites with junk',
      { ...custom, disabledSites: ['a.example', 7, null, 'b.example', 'a.example'] },
    ],
    ['valid sites with a duplicate', { ...custom, disabledSites: ['a.example', 'a.example'] }],
    ['sites not a list', { ...custom, disabledSites: 'example.com' }],
    ['one kind', { ...custom, kinds: { leader: false } }],
    ['kinds with an unknown kind', { ...custom, kinds: { ...custom.kinds, villain: true } }],
    ['kinds as a list', { ...custom, kinds: [true, false, true] }],
    ['kinds null', { ...custom, kinds: null }],
    ['a flag as a string', { ...custom, kinds: { ...custom.kinds, treaty: 'true' } }],
    ['an unknown field', { ...custom, theme: 'dark' }],
    [
      'an unknown field and a duplicate site',
      { ...custom, theme: 'dark', disabledSites: ['x', 'x'] },
    ],
    ['openOn in capitals', { ...custom, openOn: 'Hover' }],
    ['enabled as 1', { ...custom, enabled: 1 }],
    ['a prototype key', JSON.parse('{"__proto__": {"enabled": false}, "tabOrder": true}')],
  ])(
    '%s: what the schema accepts comes back untouched, the rest is repaired to valid',
    (_label, value) => {
      expectLikeTheSchema(value);
    },
  );

  test('600 random corruptions of a stored value: valid after repair, repaired exactly when invalid', () => {
    // A fixed seed: the same values every run, so a failure can be reproduced.
    let seed = 20240619;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const junk = [null, undefined, 0, 1, '', 'x', 'true', true, false, [], {}, ['a'], { a: 1 }];
    const pools: Record<keyof Settings, unknown[]> = {
      enabled: [true, false],
      statements: [true, false],
      disabledSites: [[], ['a.example'], ['a.example', 'a.example'], ['b', 3], [null]],
      kinds: [
        custom.kinds,
        { treaty: false },
        { treaty: true, leader: true, delegate: false, extra: true },
        { leader: 'no' },
      ],
      style: ['default', 'high-contrast', 'underline', 'Neon'],
      openOn: ['hover', 'click', 'tap'],
      tabOrder: [true, false],
      showBadge: [true, false],
    };
    for (let i = 0; i < 600; i++) {
      const value: Record<string, unknown> = {};
      for (const [key, pool] of Object.entries(pools)) {
        const roll = random();
        if (roll < 0.1) continue; // missing
        value[key] = roll < 0.25 ? pick(junk) : pick(pool);
      }
      if (random() < 0.15) value.extra = pick(junk);
      expectLikeTheSchema(value);
    }
  });

  test('the valid value comes back as a copy the caller may change', () => {
    const { settings } = salvageSettings(custom);
    expect(settings).toEqual(custom);
    expect(settings.disabledSites).not.toBe(custom.disabledSites);
    expect(settings.kinds).not.toBe(custom.kinds);
  });

  test('exactSettings passes a valid value and refuses a repaired one', () => {
    expect(exactSettings(custom)).toEqual(custom);
    expect(() => exactSettings({ ...custom, style: 'neon' })).toThrow(/style/);
  });
});
