import { describe, expect, it } from 'vitest';
import type { Entity } from './schema';
import { buildTerms, familiesByWord, gateRules, koreanSurnames, type Term } from './terms';

/** A small, explicit entity list: the classification rules, not the bundled data, are tested. */
const entities: Entity[] = [
  {
    id: 'putin',
    kind: 'leader',
    name: 'Vladimir Putin',
    role: 'President of Russia',
    side: 'russia',
    aliases: { en: ['Vladimir Putin', 'Putin'], ko: ['푸틴'], ru: ['Путин'] },
  },
  {
    id: 'kim-jong-un',
    kind: 'leader',
    name: 'Kim Jong Un',
    role: 'Leader of North Korea',
    side: 'dprk',
    aliases: { en: ['Kim Jong Un', 'Kim'], ko: ['김정은'], ru: ['Ким Чен Ын', 'Ким'] },
  },
  {
    id: 'lavrov',
    kind: 'delegate',
    name: 'Sergey Lavrov',
    role: 'Foreign Minister of Russia',
    side: 'russia',
    aliases: { en: ['Sergey Lavrov', 'Lavrov'], ko: ['라브로프'], ru: ['Лавров'] },
  },
  {
    id: 'kim-tok-hun',
    kind: 'delegate',
    name: 'Kim Tok Hun',
    role: 'Premier of North Korea',
    side: 'dprk',
    aliases: { en: ['Kim Tok Hun'], ko: ['김덕훈'], ru: ['Ким Док Хун'] },
  },
  {
    id: 'treaty-2024',
    kind: 'treaty',
    name: 'Treaty on Comprehensive Strategic Partnership',
    role: 'signed in Pyongyang on 19 June 2024',
    side: 'both',
    aliases: {
      en: ['Treaty on Comprehensive Strategic Partnership', 'Russia-North Korea treaty'],
      ko: ['북러 조약'],
      ru: [],
    },
  },
  {
    id: 'treaty-1961',
    kind: 'treaty',
    name: 'Treaty of Friendship, Cooperation and Mutual Assistance',
    role: 'Soviet–DPRK treaty signed in 1961',
    side: 'both',
    aliases: { en: ['1961 treaty'], ko: [], ru: [] },
  },
  {
    id: 'declarations-2000-2001',
    kind: 'treaty',
    name: 'Pyongyang (2000) and Moscow (2001) Declarations',
    role: 'joint declarations',
    side: 'both',
    aliases: { en: ['Pyongyang Declaration'], ko: [], ru: [] },
  },
];

const { terms, sources } = buildTerms({ entities });
const byAlias = (alias: string): Term => {
  const term = terms.find((candidate) => candidate.alias === alias);
  if (!term) throw new Error(`no term for ${alias}`);
  return term;
};

describe('buildTerms', () => {
  it.each<[string, Partial<Term>]>([
    ['Putin', { entity: 'putin', form: 'full', gate: 'always', kind: 'person' }],
    ['Путин', { entity: 'putin', form: 'full', gate: 'always' }],
    ['Vladimir Putin', { entity: 'putin', form: 'full', gate: 'always' }],
    ['Kim', { entity: 'kim-jong-un', form: 'short', gate: 'named', family: 'person:kim-jong-un' }],
    ['Ким', { entity: 'kim-jong-un', form: 'short', gate: 'named', family: 'person:kim-jong-un' }],
    // Kim Jong Un's name in Hangul and Cyrillic is also an actress's: it needs a North Korea page.
    ['김정은', { entity: 'kim-jong-un', form: 'full', gate: 'dprk', family: 'name:kim-jong-un' }],
    ['Ким Чен Ын', { entity: 'kim-jong-un', form: 'full', gate: 'dprk' }],
    ['Kim Jong Un', { entity: 'kim-jong-un', form: 'full', gate: 'always', family: null }],
    // A delegate's full name, in any script: a page about Russia–North Korea affairs.
    ['Sergey Lavrov', { entity: 'lavrov', form: 'full', gate: 'affairs', family: 'name:lavrov' }],
    [
      'Lavrov',
      { entity: 'lavrov', form: 'short', gate: 'named-or-summit', family: 'person:lavrov' },
    ],
    ['라브로프', { entity: 'lavrov', form: 'short', gate: 'named-or-summit' }],
    [
      'Treaty on Comprehensive Strategic Partnership',
      { form: 'full', gate: 'topic', family: 'title:treaty-2024', kind: 'treaty' },
    ],
    ['Russia-North Korea treaty', { form: 'full', gate: 'always', kind: 'treaty' }],
    ['북러 조약', { form: 'full', gate: 'always' }],
    ['1961 treaty', { entity: 'treaty-1961', gate: 'topic', years: ['1961'] }],
    ['Pyongyang Declaration', { gate: 'topic', years: ['2000', '2001'] }],
    [
      'the Russian leader',
      { entity: 'putin', form: 'short', gate: 'named', family: 'leader:putin', kind: 'generic' },
    ],
    ['Kim Il Sung', { entity: null, kind: 'confusable' }],
  ])('%s', (alias, expected) => {
    expect(byAlias(alias)).toMatchObject(expected);
  });

  it('adds the Korean "김" of "김 위원장", gated like "Kim", and knows 정은 is his own name', () => {
    expect(byAlias('김')).toMatchObject({
      entity: 'kim-jong-un',
      form: 'short',
      gate: 'named',
      family: 'person:kim-jong-un',
      script: 'hangul',
    });
    expect(koreanSurnames({ entities })).toEqual([
      expect.objectContaining({ surname: '김', own: new Set(['정은']) }),
    ]);
  });

  it('records a namesake: "Kim Tok Hun" is evidence against a bare "Kim"', () => {
    expect(byAlias('Kim Tok Hun').others).toContain('person:kim-jong-un');
    expect(byAlias('Ким Док Хун').others).toContain('person:kim-jong-un');
    expect(byAlias('Kim Jong Un').others).not.toContain('person:kim-jong-un');
  });

  it('records an older treaty as another treaty, but not the declarations', () => {
    expect(byAlias('1961 treaty').others).toContain('treaty');
    expect(byAlias('Pyongyang Declaration').others).not.toContain('treaty');
    expect(byAlias('Russia-North Korea treaty').others).not.toContain('treaty');
  });

  it('merges confusables listed twice and keeps one regex per alias', () => {
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toHaveLength(terms.length);
    // "Kim Novak" is both another Kim and another Novak.
    expect(byAlias('Kim Novak').others).toEqual(['person:kim-jong-un', 'person:novak']);
  });
});

describe('gateRules and familiesByWord', () => {
  it('lists one rule per way a candidate can be gated, none for full names', () => {
    const rules = gateRules(terms);
    expect(rules.some((rule) => rule.gate === 'always')).toBe(false);
    expect(rules).toContainEqual({
      entity: 'kim-jong-un',
      gate: 'named',
      family: 'person:kim-jong-un',
    });
    expect(rules).toContainEqual({ entity: 'treaty-2024', gate: 'new', family: 'treaty:new' });
    const keys = rules.map((rule) => `${rule.entity}|${rule.gate}|${rule.family}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps a short form’s word to its family', () => {
    const families = familiesByWord(terms);
    expect(families.get('kim')).toBe('person:kim-jong-un');
    expect(families.get('lavrov')).toBe('person:lavrov');
    expect(families.has('putin')).toBe(false);
  });
});
