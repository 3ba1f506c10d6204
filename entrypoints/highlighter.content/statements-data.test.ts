import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILED_DETECTORS, STATEMENT_QUESTIONS } from './statements-data';

describe('statements-data', () => {
  it('ships a detector for every file of data/detectors/ not marked `shipped: false`', () => {
    const files = readdirSync('data/detectors')
      .filter((name) => name.endsWith('.json'))
      .filter(
        (name) => JSON.parse(readFileSync(`data/detectors/${name}`, 'utf8')).shipped !== false,
      )
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    const shipped = [...new Set(COMPILED_DETECTORS.rules.map((rule) => rule.dispute))].sort();
    expect(shipped).toEqual(files);
  });

  it('has the question of every dispute a detector finds', () => {
    const shipped = new Set(COMPILED_DETECTORS.rules.map((rule) => rule.dispute));
    expect(Object.keys(STATEMENT_QUESTIONS).sort()).toEqual([...shipped].sort());
    for (const question of Object.values(STATEMENT_QUESTIONS)) expect(question).toMatch(/\?$/);
  });
});
