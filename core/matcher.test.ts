import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Candidate, createMatcher, createPageContext, findMentions } from './matcher';
import { Entity, type EntityId } from './schema';

const entities = z
  .array(Entity)
  .parse(JSON.parse(readFileSync(new URL('../data/entities.json', import.meta.url), 'utf8')));
const matcher = createMatcher({ entities });

type Expected = readonly (readonly [EntityId, string])[];

/** The accepted mentions of one text as [entity, marked text] pairs. */
function mentions(text: string): Expected {
  return findMentions({ matcher, text }).map(
    (mention) => [mention.entity, text.slice(mention.start, mention.end)] as const,
  );
}

/** All candidates (before page evidence) as [entity, marked text] pairs. */
function candidates(text: string): Expected {
  return matcher
    .scan(text)
    .map((candidate) => [candidate.entity, text.slice(candidate.start, candidate.end)] as const);
}

describe('full names, titles and boundaries (English)', () => {
  it.each<[string, Expected]>([
    ['Vladimir Putin arrived.', [['putin', 'Vladimir Putin']]],
    ['President Putin arrived.', [['putin', 'President Putin']]],
    ['Mr. Putin said.', [['putin', 'Mr. Putin']]],
    ['Mr Putin said.', [['putin', 'Mr Putin']]],
    ['Comrade President Putin and I', [['putin', 'Comrade President Putin']]],
    ['Putinism is a word.', []],
    ["Putin's visit", [['putin', 'Putin']]],
    ['Putin’s visit', [['putin', 'Putin']]],
    ['“Putin” said', [['putin', 'Putin']]],
    ['"Kim Jong Un"', [['kim-jong-un', 'Kim Jong Un']]],
    ['Kim Jong-un', [['kim-jong-un', 'Kim Jong-un']]],
    ['Kim Jong-Un', [['kim-jong-un', 'Kim Jong-Un']]],
    ['KIM JONG UN', [['kim-jong-un', 'KIM JONG UN']]],
    ['Kim Jong–un', [['kim-jong-un', 'Kim Jong–un']]],
    ['Foreign Minister Sergey Lavrov', [['lavrov', 'Foreign Minister Sergey Lavrov']]],
    ['Sergei Lavrov', [['lavrov', 'Sergei Lavrov']]],
    ['Deputy Prime Minister Alexander Novak', [['novak', 'Deputy Prime Minister Alexander Novak']]],
    ['Premier Kim Tok-hun', [['kim-tok-hun', 'Premier Kim Tok-hun']]],
    ['Choe Son-hui', [['choe-son-hui', 'Choe Son-hui']]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('Korean', () => {
  it.each<[string, Expected]>([
    ['김정은은 말했다', [['kim-jong-un', '김정은']]],
    ['푸틴의 방북', [['putin', '푸틴']]],
    [
      '김정은국무위원장과 푸틴 대통령',
      [
        ['kim-jong-un', '김정은'],
        ['putin', '푸틴'],
      ],
    ],
    ['푸틴식 정치', []],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('Russian', () => {
  it.each<[string, Expected]>([
    ['с Путиным', [['putin', 'Путиным']]],
    ['путинский режим', []],
    ['Сергея Лаврова', [['lavrov', 'Сергея Лаврова']]],
    ['с Ким Чен Ыном', [['kim-jong-un', 'Ким Чен Ыном']]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('short forms need the page', () => {
  it('accepts a bare Kim only where Kim Jong Un is named and no other Kim is', () => {
    expect(mentions('Kim said.')).toEqual([]);
    expect(mentions('Kim said. Kim Jong Un left.')).toEqual([
      ['kim-jong-un', 'Kim'],
      ['kim-jong-un', 'Kim Jong Un'],
    ]);
    expect(mentions('Kim said. Kim Jong Un met Kim Yo Jong.')).toEqual([
      ['kim-jong-un', 'Kim Jong Un'],
    ]);
  });

  it('reports a changed verdict when later text supports an earlier candidate', () => {
    const context = createPageContext({ matcher });
    const first = 'Kim said.';
    const firstCandidates: Candidate[] = matcher.scan(first);
    expect(context.add({ text: first, candidates: firstCandidates })).toBe(false);
    expect(firstCandidates.map((candidate) => context.accepts(candidate))).toEqual([false]);
    const second = 'Kim Jong Un left.';
    expect(context.add({ text: second, candidates: matcher.scan(second) })).toBe(true);
    expect(firstCandidates.map((candidate) => context.accepts(candidate))).toEqual([true]);
  });

  it('finds candidates without accepting them', () => {
    expect(candidates('Mr. Kim')).toEqual([['kim-jong-un', 'Mr. Kim']]);
  });
});
