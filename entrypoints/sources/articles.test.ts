import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ARTICLES, SOURCES } from './articles';

test('every source has its article text, byte for byte, in sources.json order', () => {
  expect([...ARTICLES.keys()]).toEqual(SOURCES.map((s) => s.id));
  for (const { source, text } of ARTICLES.values()) {
    const onDisk = readFileSync(new URL(`../../data/${source.file}`, import.meta.url), 'utf8');
    expect(text).toBe(onDisk);
  }
});
