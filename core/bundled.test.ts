import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_IDS, SOURCE_IDS } from './schema';

const dir = join(import.meta.dirname, '..', 'data');
const present = ['entities.json', 'claims.json', 'disputes.json'].every((file) =>
  existsSync(join(dir, file)),
);

describe('bundled knowledge', () => {
  // The data files are written on their own branches; this runs as soon as they are merged.
  it.skipIf(!present)('builds from the bundled JSON without the article texts', async () => {
    const { knowledge } = await import('./bundled');
    expect(knowledge.entities.map((entity) => entity.id).sort()).toEqual([...ENTITY_IDS].sort());
    expect(knowledge.sources.map((source) => source.id)).toEqual([...SOURCE_IDS]);
    expect(knowledge.claims.length).toBeGreaterThan(0);
    for (const id of ENTITY_IDS) expect(knowledge.entity(id).id).toBe(id);
  });
});
