import { describe, expect, test } from 'vitest';
import type { SourceId } from '@/core/schema';
import {
  DISPUTES,
  fixtureKnowledge,
  KNOWLEDGE,
  NOVAK,
  PUTIN,
  SOURCES,
} from '@/tests/fixtures/popover/knowledge';
import { entityView, shortOutletName, sourceCount } from './views';

const statements = (claims: { statement: string }[]) => claims.map((c) => c.statement);
const sourcesOf = (citations: { source: string }[]) => citations.map((c) => c.source);

describe('entityView', () => {
  test('header facts come from the entity, with readable kind and side', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    expect(view).toMatchObject({
      id: 'putin',
      name: 'Vladimir Putin',
      role: 'President of Russia',
      kindLabel: 'Leader',
      sideLabel: 'Russia',
      totalSources: 5,
    });
    expect(entityView({ knowledge: KNOWLEDGE, id: 'treaty-2024' }).sideLabel).toBe(
      'Russia and North Korea',
    );
  });

  test('mentioned-by lists every source about the entity in sources.json order', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    expect(sourcesOf(view.mentionedBy)).toEqual([
      'eir',
      'asiae',
      'koreaherald',
      'joongang',
      'epochtimes',
    ]);
    expect(sourcesOf(entityView({ knowledge: KNOWLEDGE, id: 'lavrov' }).mentionedBy)).toEqual([
      'joongang',
    ]);
  });

  test('corroborated claims: most independent origins first, then most outlets', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    expect(statements(view.corroborated)).toEqual([
      'Putin and Kim signed the treaty in Pyongyang.',
      'Putin said the treaty provides for mutual assistance in case of aggression.',
      // Three outlets but one origin (all via TASS): after two outlets with two origins.
      'Putin said the visit was historic.',
    ]);
    // Two asiae quotes give one chip: counts are of distinct sources.
    expect(view.corroborated.map((c) => c.citations.length)).toEqual([3, 2, 3]);
    expect(view.corroborated.map((c) => c.independence)).toEqual([
      { outlets: 3, origins: ['Asia Business Daily', 'Korea Herald', 'Epoch Times'] },
      { outlets: 2, origins: ['TASS', 'Sputnik'] },
      { outlets: 3, origins: ['TASS'] },
    ]);
  });

  test('ties in origins are broken by outlets, then data order', () => {
    const claim = (id: string, sources: SourceId[]) => ({
      id,
      about: ['putin' as const],
      statement: id,
      evidence: sources.map((source) => ({ source, quote: id, via: ['KCNA' as const] })),
    });
    const knowledge = fixtureKnowledge({
      entities: [PUTIN],
      claims: [
        claim('two-a', ['eir', 'asiae']),
        claim('three', ['eir', 'asiae', 'joongang']),
        claim('two-b', ['koreaherald', 'joongang']),
      ],
    });
    const view = entityView({ knowledge, id: 'putin' });
    expect(view.corroborated.map((c) => c.id)).toEqual(['three', 'two-a', 'two-b']);
  });

  test('citations carry the via of their passage', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    const assistance = view.corroborated[1];
    expect(assistance?.citations.map((c) => [c.source, c.via])).toEqual([
      ['koreaherald', ['TASS']],
      ['joongang', ['Sputnik']],
    ]);
    expect(view.corroborated[0]?.citations[0]).not.toHaveProperty('via');
  });

  test('a claim cited twice by the same outlet is still single-source', () => {
    const knowledge = fixtureKnowledge({
      entities: [PUTIN],
      claims: [
        {
          id: 'twice',
          about: ['putin'],
          statement: 'Said twice by one outlet.',
          evidence: [
            { source: 'joongang', quote: 'one' },
            { source: 'joongang', quote: 'two' },
          ],
        },
      ],
    });
    const view = entityView({ knowledge, id: 'putin' });
    expect(view.corroborated).toEqual([]);
    expect(statements(view.singleSource)).toEqual(['Said twice by one outlet.']);
    expect(view.singleSource[0]?.citations[0]?.quote).toBe('one');
  });

  test('citations follow sources.json order, not evidence order, each with its first quote', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    const signed = view.corroborated[0];
    expect(sourcesOf(signed?.citations ?? [])).toEqual(['asiae', 'koreaherald', 'epochtimes']);
    expect(signed?.citations[0]?.quote).toBe(
      'signed a comprehensive strategic partnership agreement',
    );
  });

  test('single-source claims are grouped by outlet in sources.json order', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    // In the data the koreaherald claim comes before the eir one; eir is first in sources.json.
    expect(statements(view.singleSource)).toEqual([
      'Putin thanked his hosts.',
      'Putin said the treaty takes ties to a new level.',
    ]);
  });

  test('disputes: fact first, then characterisation; naming ones apart', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    expect(view.disputes.map((d) => [d.id, d.kind])).toEqual([
      ['talks-length', 'fact'],
      ['talks-tone', 'characterisation'],
    ]);
    expect(view.namings.map((n) => [n.id, n.forms.map((f) => f.statement)])).toEqual([
      ['putin-spelling', ['Vladimir Putin', 'Vladimir V. Putin']],
    ]);
  });

  test('a card whose only disputes are naming ones opens its single-source list', () => {
    const knowledge = fixtureKnowledge({
      entities: [PUTIN],
      claims: [
        {
          id: 'one',
          about: ['putin'],
          statement: 'One.',
          evidence: [{ source: 'eir', quote: 'one' }],
        },
      ],
      disputes: DISPUTES.filter((d) => d.kind === 'naming'),
    });
    const view = entityView({ knowledge, id: 'putin' });
    expect(view.disputes).toEqual([]);
    expect(view.namings).toHaveLength(1);
    expect(view.singleSourceOpen).toBe(true);
  });

  test('disputes keep their accounts, each with its own outlets', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    const [dispute] = view.disputes;
    expect(dispute?.question).toBe('How long did the one-on-one talks last?');
    expect(dispute?.accounts.map((a) => sourcesOf(a.citations))).toEqual([
      ['koreaherald'],
      ['eir', 'epochtimes'],
    ]);
  });

  test('inferred attributions are flagged on every citation that has one', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'putin' });
    const all = [
      ...view.corroborated.flatMap((c) => c.citations),
      ...view.singleSource.flatMap((c) => c.citations),
    ];
    for (const c of all) {
      const source = SOURCES.find((s) => s.id === c.source);
      expect(c.inferred).toBe(source?.attribution === 'inferred');
    }
    expect(all.some((c) => c.inferred)).toBe(true);
    expect(view.anyInferred).toBe(true);
    // joongang prints its name: a card citing only it has nothing to explain.
    expect(entityView({ knowledge: KNOWLEDGE, id: 'lavrov' }).anyInferred).toBe(false);
  });

  test('single-source section starts open only when it is all the card has', () => {
    expect(entityView({ knowledge: KNOWLEDGE, id: 'putin' }).singleSourceOpen).toBe(false);
    const lavrov = entityView({ knowledge: KNOWLEDGE, id: 'lavrov' });
    expect(lavrov.corroborated).toEqual([]);
    expect(lavrov.disputes).toEqual([]);
    expect(lavrov.singleSourceOpen).toBe(true);
  });

  test('an entity nobody writes about gets an empty but well-formed view', () => {
    const view = entityView({ knowledge: KNOWLEDGE, id: 'novak' });
    expect(view).toMatchObject({
      name: NOVAK.name,
      mentionedBy: [],
      corroborated: [],
      disputes: [],
      namings: [],
      singleSource: [],
      anyInferred: false,
    });
  });
});

describe('shortOutletName', () => {
  test.each([
    ['EIR News (Executive Intelligence Review)', 'EIR News'],
    ['The Asia Business Daily', 'Asia Business Daily'],
    ['The Korea Herald', 'Korea Herald'],
    ['Korea JoongAng Daily', 'Korea JoongAng Daily'],
    ['The Epoch Times', 'Epoch Times'],
  ])('%s → %s', (outlet, short) => {
    expect(shortOutletName({ outlet })).toBe(short);
  });
});

describe('sourceCount', () => {
  test('says counts as "N of M sources"', () => {
    expect(sourceCount({ count: 3, total: 5 })).toBe('3 of 5 sources');
    expect(sourceCount({ count: 1, total: 1 })).toBe('1 of 1 source');
  });
});
