import { describe, expect, test } from 'vitest';
import { independence, independenceLine, isViaName, originOf, VIA_NAMES } from './provenance';

const own = (outlet: string) => ({ outlet, label: outlet.toUpperCase() });

describe('independence', () => {
  test('outlets with no via are each their own origin', () => {
    expect(independence([own('a'), own('b'), own('c')])).toEqual({
      outlets: 3,
      origins: ['A', 'B', 'C'],
    });
  });

  test('outlets relaying one agency are one origin', () => {
    expect(
      independence([{ ...own('a'), via: ['TASS'] }, { ...own('b'), via: ['TASS'] }, own('c')]),
    ).toEqual({ outlets: 3, origins: ['TASS', 'C'] });
  });

  test("the Kremlin's transcript and its Telegram channel are one origin", () => {
    expect(originOf('Kremlin transcript')).toBe('the Kremlin');
    expect(originOf('Kremlin Telegram')).toBe('the Kremlin');
    expect(
      independence([
        { ...own('a'), via: ['Kremlin transcript'] },
        { ...own('b'), via: ['Kremlin Telegram'] },
      ]),
    ).toEqual({ outlets: 2, origins: ['the Kremlin'] });
  });

  test('a passage naming two origins joins them into one chain, transitively', () => {
    expect(
      independence([
        { ...own('a'), via: ['TASS'] },
        { ...own('b'), via: ['Sputnik'] },
        { ...own('c'), via: ['Sputnik', 'TASS'] },
        { ...own('d'), via: ['KCNA'] },
      ]),
    ).toEqual({ outlets: 4, origins: ['TASS + Sputnik', 'KCNA'] });
  });

  test('one outlet quoted twice counts once; an empty via is its own reporting', () => {
    expect(independence([own('a'), { ...own('a'), via: [] }])).toEqual({
      outlets: 1,
      origins: ['A'],
    });
  });
});

describe('independenceLine', () => {
  test('counts and names', () => {
    expect(independenceLine({ outlets: 4, origins: ['TASS', 'the Kremlin'] })).toBe(
      '4 outlets · 2 origins: TASS, the Kremlin',
    );
    expect(independenceLine({ outlets: 2, origins: ['KCNA'] })).toBe('2 outlets · 1 origin: KCNA');
  });
});

test('the via list is the fixed one', () => {
  expect(VIA_NAMES).toHaveLength(15);
  expect(isViaName('TASS')).toBe(true);
  expect(isViaName('Tass')).toBe(false);
});
