/**
 * The loader's anchors never say no where the prefilter says yes: on every alias and reference
 * as the data writes them, on every line of the five sources, and on the fixture pages' text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { necessary } from './anchors';
import { COMPILED_MATCHER, ENTITIES, PREFILTER_ANCHORS } from './entities';

const PREFILTER = COMPILED_MATCHER.prefilter;

const prefilter = new RegExp(PREFILTER.source, PREFILTER.flags);
const anchors = PREFILTER_ANCHORS
  ? new RegExp(PREFILTER_ANCHORS.source, PREFILTER_ANCHORS.flags)
  : null;

describe('necessary', () => {
  test('literal runs, mandatory groups, optional parts', () => {
    expect(necessary('vladimir[\\s-]+putin')).toEqual(['vladimir']);
    expect(necessary('(?:the[\\s]+)?(?:treaty|pact)')).toEqual(['treaty', 'pact']);
    expect(necessary('pu?tin')).toEqual(['tin']);
    expect(necessary('a|bc')).toEqual(['a', 'bc']);
    expect(necessary('(?:x)?[ab]')).toBeNull();
    expect(necessary('путин(?:а|у)?')).toEqual(['путин']);
  });
});

describe('anchors', () => {
  test('exist, and are much smaller than the prefilter', () => {
    expect(anchors).not.toBeNull();
    expect(PREFILTER_ANCHORS?.source.length ?? 0).toBeLessThan(PREFILTER.source.length / 4);
  });

  const texts: string[] = [];
  for (const entity of ENTITIES) {
    for (const list of Object.values(entity.aliases)) texts.push(...list);
  }
  for (const file of readdirSync(new URL('../../data/sources/', import.meta.url))) {
    texts.push(
      ...readFileSync(new URL(`../../data/sources/${file}`, import.meta.url), 'utf8').split('\n'),
    );
  }
  for (const dir of ['news', 'behaviour', 'popover', 'toolbar', 'demo']) {
    const base = new URL(`../../tests/fixtures/${dir}/`, import.meta.url);
    for (const file of readdirSync(base).filter((f) => f.endsWith('.html'))) {
      texts.push(
        ...readFileSync(new URL(file, base), 'utf8')
          .replace(/<[^>]*>/g, '\n')
          .split('\n'),
      );
    }
  }

  test(`never no where the prefilter says yes (${texts.length} texts)`, () => {
    const missed = texts.filter((text) => prefilter.test(text) && !anchors?.test(text));
    expect(missed).toEqual([]);
    // And the anchors let most prose through without the prefilter.
    expect(texts.some((text) => !anchors?.test(text))).toBe(true);
  });
});
