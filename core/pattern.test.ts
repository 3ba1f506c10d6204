import { describe, expect, it } from 'vitest';
import {
  atomize,
  compileTrie,
  escapeRegExp,
  NAME_SEPARATOR,
  NOT_BEFORE_WORD,
  PHRASE_SEPARATOR,
  stripAssertions,
} from './pattern';

describe('escapeRegExp', () => {
  it('escapes syntax characters only, so the result is valid under the u flag', () => {
    const text = 'Mr. (V.) Putin [a-b] {1} ^$|*+?/\\ - Kim';
    const regex = new RegExp(`^${escapeRegExp(text)}$`, 'u');
    expect(regex.test(text)).toBe(true);
    expect(escapeRegExp('a-b')).toBe('a-b');
  });
});

describe('separators and boundaries', () => {
  it.each([
    ['Kim Jong Un', true],
    ['Kim Jong-Un', true],
    ['Kim Jong – Un', true],
    ['Kim\u00a0Jong\u00a0Un', true],
    ['KimJongUn', false],
    ['Kim, Jong, Un', false],
  ])('names: %s → %s', (text, expected) => {
    const regex = new RegExp(`^Kim${NAME_SEPARATOR}Jong${NAME_SEPARATOR}Un$`, 'iu');
    expect(regex.test(text)).toBe(expected);
  });

  it.each([
    ['Friendship, Cooperation', true],
    ['Friendship Cooperation', true],
    ['Friendship “Cooperation', true],
    ['Friendship—Cooperation', true],
    ['FriendshipCooperation', false],
  ])('phrases: %s → %s', (text, expected) => {
    const regex = new RegExp(`^Friendship${PHRASE_SEPARATOR}Cooperation$`, 'iu');
    expect(regex.test(text)).toBe(expected);
  });

  it.each([
    ['Putin', true],
    ["Putin's", true],
    ['Putinism', false],
    ['Putin2', false],
    ['푸틴', true],
    ['푸틴식', false],
    ['Путин', true],
    ['Путинизм', false],
  ])('word ends in any script: %s → %s', (text, expected) => {
    const regex = new RegExp(`^(?:putin|푸틴|путин)${NOT_BEFORE_WORD}`, 'iu');
    expect(regex.test(text)).toBe(expected);
  });
});

describe('atomize', () => {
  it('splits characters, escapes, classes and groups, each with its quantifier', () => {
    expect(atomize('ab\\.?[её]x(?:ом|а)?\\p{L}+y{0,2}\\u00a0')).toEqual([
      'a',
      'b',
      '\\.?',
      '[её]',
      'x',
      '(?:ом|а)?',
      '\\p{L}+',
      'y{0,2}',
      '\\u00a0',
    ]);
  });

  it('keeps nested groups and classes with brackets whole', () => {
    expect(atomize('(?:a(?:b|[)\\]])|c)d')).toEqual(['(?:a(?:b|[)\\]])|c)', 'd']);
  });

  it('keeps astral characters whole', () => {
    expect(atomize('😀a')).toEqual(['😀', 'a']);
  });
});

describe('compileTrie', () => {
  const paths = [
    { source: 'kim', tail: '', id: 0 },
    { source: 'kim jong un', tail: '', id: 1 },
    { source: 'kim yo jong', tail: '', id: 2 },
    { source: 'putin', tail: '', id: 3 },
  ];

  it('tries longer aliases first, so the longest alias wins', () => {
    const { source } = compileTrie({ paths, capture: false });
    const regex = new RegExp(`(?:${source})(?![a-z])`, 'g');
    expect('kim jong un and kim said; kim yo jong'.match(regex)).toEqual([
      'kim jong un',
      'kim',
      'kim yo jong',
    ]);
  });

  it('maps each empty capture group to its alias id', () => {
    const { source, order } = compileTrie({ paths, capture: true });
    const regex = new RegExp(`(?:${source})(?![a-z])`, 'g');
    const ids = [...'putin met kim jong un, kim and kim yo jong'.matchAll(regex)].map(
      (match) => order[match.indexOf('', 1) - 1],
    );
    expect(ids).toEqual([3, 1, 0, 2]);
  });

  it('shares common prefixes instead of repeating them', () => {
    const { source } = compileTrie({ paths, capture: false });
    expect(source.match(/k/g)?.length).toBe(1);
  });

  it('keeps one end per alias text (duplicates collapse)', () => {
    const { order } = compileTrie({
      paths: [...paths, { source: 'putin', tail: '', id: 4 }],
      capture: true,
    });
    expect(order).not.toContain(4);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('stripAssertions', () => {
  it.each([
    ['김(?=\\s*(?:위원장|총비서))', '김'],
    ['(?<![\\p{L}])putin(?!s)', 'putin'],
    ['(?:kim(?=\\s)|ким)?x', '(?:kim|ким)?x'],
    // A class or an escaped parenthesis is no group: "\\(?" is an optional "(".
    ['[(?=]a\\(?=b\\)', '[(?=]a\\(?=b\\)'],
    ['(?:a|b)+c', '(?:a|b)+c'],
  ])('%s → %s', (source, expected) => {
    expect(stripAssertions(source)).toBe(expected);
  });

  it('matches wherever the source did, whatever stands around the match', () => {
    const source = '(?<![\\p{L}])kim(?=\\s+jong)';
    expect(new RegExp(source, 'iu').test('Kimberly')).toBe(false);
    expect(new RegExp(stripAssertions(source), 'iu').test('Kimberly')).toBe(true);
  });
});
