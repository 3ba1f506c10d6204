import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from './bundled';
import { ENTITY_IDS, SOURCE_IDS } from './schema';

describe('bundled knowledge', () => {
  it('builds from the bundled JSON without the article texts, once', () => {
    const knowledge = bundledKnowledge();
    expect(knowledge.entities.map((entity) => entity.id).sort()).toEqual([...ENTITY_IDS].sort());
    expect(knowledge.sources.map((source) => source.id)).toEqual([...SOURCE_IDS]);
    expect(knowledge.claims.length).toBeGreaterThan(0);
    for (const id of ENTITY_IDS) expect(knowledge.entity(id).id).toBe(id);
    expect(bundledKnowledge()).toBe(knowledge);
  });
});
