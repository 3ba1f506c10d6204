import { describe, expect, test } from 'vitest';
import * as zodded from './settings';
import { DEFAULT_SETTINGS, isActiveOn, SETTINGS_VERSION, salvageSettings } from './settings-lite';

const custom: zodded.Settings = {
  enabled: false,
  disabledSites: ['example.com', 'news.example.org'],
  kinds: { treaty: true, leader: false, delegate: true },
  style: 'high-contrast',
  openOn: 'click',
  tabOrder: true,
  showBadge: false,
};

/** Both parsers on one value: same settings, same repaired fields (order included). */
function expectAgreement(value: unknown) {
  const lite = salvageSettings(value);
  const zod = zodded.salvageSettings(value);
  expect(lite).toEqual(zod);
  // Everything it returns is valid by the zod schema, whatever came in.
  expect(zodded.Settings.safeParse(lite.settings).success).toBe(true);
}

describe('settings without zod', () => {
  test('same defaults and version as core/settings', () => {
    expect(DEFAULT_SETTINGS).toEqual(zodded.DEFAULT_SETTINGS);
    expect(SETTINGS_VERSION).toBe(zodded.SETTINGS_VERSION);
  });

  test.each<[string, unknown]>([
    ['a valid value', custom],
    ['the defaults', zodded.DEFAULT_SETTINGS],
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
  ])('%s: repaired as core/settings repairs it', (_label, value) => {
    expectAgreement(value);
  });

  test('600 random corruptions of a stored value: repaired as core/settings repairs them', () => {
    // A fixed seed: the same values every run, so a failure can be reproduced.
    let seed = 20240619;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const junk = [null, undefined, 0, 1, '', 'x', 'true', true, false, [], {}, ['a'], { a: 1 }];
    const pools: Record<keyof zodded.Settings, unknown[]> = {
      enabled: [true, false],
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
      expectAgreement(value);
    }
  });

  test('the valid value comes back as a copy the caller may change', () => {
    const { settings } = salvageSettings(custom);
    expect(settings).toEqual(custom);
    expect(settings.disabledSites).not.toBe(custom.disabledSites);
    expect(settings.kinds).not.toBe(custom.kinds);
  });

  test('isActiveOn agrees with core/settings', () => {
    for (const enabled of [true, false]) {
      for (const host of ['example.com', 'other.example', '']) {
        const settings = { ...custom, enabled };
        expect(isActiveOn({ settings, host })).toBe(zodded.isActiveOn({ settings, host }));
      }
    }
  });
});
