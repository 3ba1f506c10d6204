import { describe, expect, it } from 'vitest';
import {
  koreanNamesakes,
  otherPersonAround,
  otherTreatyAround,
  ourTreatyAround,
  treatyYearsAround,
} from './neighbours';

/** Runs otherPersonAround on the first occurrence of `name` in `text`. */
function around(text: string, name: string) {
  const start = text.indexOf(name);
  return otherPersonAround({ text, start, end: start + name.length });
}

describe('otherPersonAround', () => {
  it.each([
    ['Kim Yo Jong said', 'Kim', ['yo', 'jong']],
    ['Kim Jong-il died', 'Kim', ['jong', 'il']],
    ['KIM JONG IL, 1994', 'KIM', ['jong', 'il']],
    ['Kim Kardashian', 'Kim', ['kardashian']],
    ['envoy Sung Kim said', 'Kim', ['sung']],
    ['Novak Djokovic won', 'Novak', ['djokovic']],
    ['Robert Novak wrote', 'Novak', ['robert']],
    ['R. Novak wrote', 'Novak', ['r.']],
    ['Илья Козлов сказал', 'Козлов', ['илья']],
    ['Ким Чен Ир умер', 'Ким', ['чен', 'ир']],
  ])('%s: "%s" is someone else', (text, name, words) => {
    expect(around(text, name)).toMatchObject({ place: false, words });
  });

  it.each([
    ['Kim said', 'Kim'],
    ['Chairman Kim said', 'Chairman Kim'],
    ['Putin, Kim Sign Treaty', 'Kim'],
    ['Putin and Kim Meet in Pyongyang', 'Kim'],
    ['On Wednesday Kim said', 'Kim'],
    ['Putin. Kim said', 'Kim'],
    ['Putin–Kim summit', 'Kim'],
    ['Kim-Putin summit', 'Kim'],
    ["Kim's sister", 'Kim'],
    ['Pyongyang’s Kim said', 'Kim'],
    ['Foreign Minister Lavrov', 'Lavrov'],
    ['Russian Foreign Minister Lavrov', 'Foreign Minister Lavrov'],
    ['TASS Lavrov', 'Lavrov'],
    ['глава МИД Лавров', 'Лавров'],
    ['министр Лавров', 'Лавров'],
    ['И Лавров сказал', 'Лавров'],
  ])('%s: "%s" stands alone', (text, name) => {
    expect(around(text, name)).toBeNull();
  });

  it.each([
    ['Novak Djokovic won', 'Novak', false],
    ['Новак Джокович выиграл', 'Новак', false],
    ['Kim Yo Jong said', 'Kim', false],
    ['Robert Novak wrote', 'Novak', true],
    ['Kim Novak starred', 'Novak', true],
    ['R. Novak wrote', 'Novak', true],
    ['envoy Sung Kim said', 'Kim', true],
    ['Илья Козлов сказал', 'Козлов', true],
  ])(
    '%s: tells whether a name word stands before "%s" (its surname position)',
    (text, name, before) => {
      expect(around(text, name)?.before).toBe(before);
    },
  );

  it('recognises a place named after a person, and where it ends', () => {
    const text = 'at Kim Il Sung Square today';
    expect(around(text, 'Kim')).toEqual({
      end: text.indexOf(' today'),
      place: true,
      before: false,
      words: ['il', 'sung', 'square'],
    });
  });

  it('reports where the other name ends', () => {
    const text = 'Kim Yo-jong, his sister';
    expect(around(text, 'Kim')?.end).toBe(text.indexOf(','));
  });
});

/** Runs otherTreatyAround on the first occurrence of `name` in `text`. */
function qualified(text: string, name: string, years: string[]) {
  const start = text.indexOf(name);
  return otherTreatyAround({ text, start, end: start + name.length, years });
}

describe('otherTreatyAround', () => {
  it.each([
    ['the US-ROK Mutual Defense Treaty', 'Mutual Defense Treaty', ['2024']],
    ['the South Korea–US Mutual Defense Treaty', 'Mutual Defense Treaty', ['2024']],
    ['the Russia–Iran Comprehensive Strategic Partnership Treaty', 'Comprehensive', ['2024']],
    ['the Japan-DPRK Pyongyang Declaration', 'Pyongyang Declaration', ['2000', '2001']],
    ['the inter-Korean Pyongyang Declaration', 'Pyongyang Declaration', ['2000', '2001']],
    ['the September Pyongyang Declaration', 'Pyongyang Declaration', ['2000', '2001']],
    ['the 2018 Pyongyang Declaration', 'Pyongyang Declaration', ['2000', '2001']],
    ['the Pyongyang Declaration of 2002', 'Pyongyang Declaration', ['2000', '2001']],
    ['the 1961 treaty with China', '1961 treaty', ['1961']],
    ['the deal with Iran', 'the deal', ['2024']],
    [
      'the Mutual Defense Treaty between the United States and South Korea',
      'Mutual Defense Treaty',
      ['2024'],
    ],
  ])('%s: another treaty', (text, name, years) => {
    expect(qualified(text, name, years)).toBe(true);
  });

  it.each([
    ['the Russia–North Korea Mutual Defense Treaty', 'Mutual Defense Treaty', ['2024']],
    ['the Pyongyang Declaration of 2000', 'Pyongyang Declaration', ['2000', '2001']],
    ['the 2000 Pyongyang Declaration', 'Pyongyang Declaration', ['2000', '2001']],
    ['a 1961 treaty between North Korea and the former Soviet Union', '1961 treaty', ['1961']],
    ['Japan signed the treaty', 'the treaty', ['2024']],
    ['Seoul. The treaty', 'The treaty', ['2024']],
    ['the treaty signed in 2024 by Putin', 'the treaty', ['2024']],
    ['the deal with its allies', 'the deal', ['2024']],
  ])('%s: ours', (text, name, years) => {
    expect(qualified(text, name, years)).toBe(false);
  });
});

describe('otherTreatyAround at the start of a text', () => {
  it('reads a qualifier that opens the text', () => {
    expect(qualified('2018 Pyongyang Declaration', 'Pyongyang Declaration', ['2000'])).toBe(true);
    expect(qualified('US-ROK Mutual Defense Treaty', 'Mutual Defense Treaty', ['2024'])).toBe(true);
  });
});

/** Runs ourTreatyAround on the first occurrence of `name` in `text`. */
function ours(text: string, name: string, years: string[]) {
  const start = text.indexOf(name);
  return ourTreatyAround({ text, start, end: start + name.length, years });
}

describe('ourTreatyAround', () => {
  it.each([
    [
      'When Vladimir Putin and Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership in Pyongyang on June 19, 2024, commentators reached for precedents.',
      'Treaty on Comprehensive Strategic Partnership',
      ['2024'],
    ],
    [
      'The closest precedent is the Treaty of Friendship, Cooperation and Mutual Assistance that Kim Il Sung signed with the Soviet Union in Moscow on July 6, 1961.',
      'Treaty of Friendship, Cooperation and Mutual Assistance',
      ['1961'],
    ],
    [
      'The Pyongyang Declaration that Putin and Kim Jong Il issued in July 2000 is one of the two.',
      'Pyongyang Declaration',
      ['2000', '2001'],
    ],
    [
      'together with the Moscow Declaration of August 2001.',
      'Moscow Declaration',
      ['2000', '2001'],
    ],
    ['the 2000 Pyongyang Declaration', 'Pyongyang Declaration', ['2000', '2001']],
    [
      'the Treaty of Friendship, Good-Neighborliness and Cooperation signed in 2000',
      'Treaty of Friendship, Good-Neighborliness and Cooperation',
      ['2000'],
    ],
    ['Путин и Ким Чен Ын подписали Договор о партнёрстве.', 'Договор', ['2024']],
    ['Москва и КНДР: Договор о партнёрстве', 'Договор', ['2024']],
  ])('%s: "%s" is ours', (text, name, years) => {
    expect(ours(text, name, years)).toBe(true);
  });

  it.each([
    // One side only, or the parties in another sentence.
    [
      'Moscow signed a Strategic Partnership Treaty with Tehran.',
      'Strategic Partnership Treaty',
      ['2024'],
    ],
    [
      'Putin met Kim. Later, a Strategic Partnership Treaty was signed.',
      'Strategic Partnership Treaty',
      ['2024'],
    ],
    // The title's own words are not its qualifiers.
    [
      'the Pyongyang Declaration and the Moscow Declaration',
      'Pyongyang Declaration',
      ['2000', '2001'],
    ],
    // Not a year of ours, or a year not next to the name.
    ['the Moscow Declaration of 1943', 'Moscow Declaration', ['2000', '2001']],
    [
      'In 2000 the Allies recalled the Moscow Declaration on Austria.',
      'Moscow Declaration',
      ['2000', '2001'],
    ],
    // "Kim" only as a whole word.
    [
      'Moscow kimchi exporters and the Strategic Partnership Treaty',
      'Strategic Partnership Treaty',
      ['2024'],
    ],
    // "Mr." and "U.S." do not end a sentence.
    ['Putin met Mr. Kim', 'Putin', ['2024']],
  ])('%s: "%s" is not qualified as ours', (text, name, years) => {
    expect(ours(text, name, years)).toBe(false);
  });
});

describe('treatyYearsAround', () => {
  it.each([
    [
      'the Russia–Iran Comprehensive Strategic Partnership Treaty, signed in January 2025, contains',
      'Comprehensive Strategic Partnership Treaty',
      ['2025'],
    ],
    ['the 2018 Pyongyang Declaration', 'Pyongyang Declaration', ['2018']],
    ['the Pyongyang Declaration of 2002, which', 'Pyongyang Declaration', ['2002']],
    ['Japan signed the treaty in 2025', 'the treaty', ['2025']],
    ['the treaty. In 2025 Japan', 'the treaty', []],
  ])('%s: "%s" → %j', (text, name, years) => {
    const start = text.indexOf(name);
    expect(treatyYearsAround({ text, start, end: start + name.length })).toEqual(years);
  });
});

describe('koreanNamesakes', () => {
  const surnames = [
    {
      surname: '김',
      family: 'person:kim-jong-un',
      own: new Set(['정은']),
      titles: ['위원장', '국무위원장', '총비서'],
    },
  ];
  const found = (text: string, skip: [number, number][] = []) =>
    koreanNamesakes({ text, surnames, skip });

  it.each(['김여정 부부장', '김덕훈은', '김영호 교수', '김일성 주석', '그리고 김정일의 아들'])(
    '%s names another Kim',
    (text) => {
      expect(found(text)).toEqual(['person:kim-jong-un']);
    },
  );

  it.each([
    '김정은은',
    '김정은국무위원장과',
    '김 위원장은',
    '김위원장은',
    '김국무위원장은',
    '김치를 먹었다',
    '김밥은',
    '김포공항',
    '김일성광장',
    '김장철이다',
    '친김여정',
  ])('%s names no other Kim', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('skips places the scan found', () => {
    expect(found('김일성 광장에서', [[0, 6]])).toEqual([]);
    expect(found('김일성 광장에서')).toEqual(['person:kim-jong-un']);
  });
});
