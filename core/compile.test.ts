import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileMatcher } from './compile';
import { createMatcher, findMentions, loadMatcher } from './matcher';
import { Entity, SOURCE_IDS } from './schema';

const entities = z
  .array(Entity)
  .parse(JSON.parse(readFileSync(new URL('../data/entities.json', import.meta.url), 'utf8')));
const compiled = compileMatcher({ entities });

describe('compileMatcher', () => {
  it('is plain data: JSON keeps all of it', () => {
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });

  it('loaded from JSON, finds what a matcher made from the entities finds', () => {
    const loaded = loadMatcher(JSON.parse(JSON.stringify(compiled)));
    const made = createMatcher({ entities });
    for (const id of SOURCE_IDS) {
      const text = readFileSync(new URL(`../data/sources/${id}.txt`, import.meta.url), 'utf8');
      const found = findMentions({ matcher: loaded, text });
      expect(found.length).toBeGreaterThan(5);
      expect(found).toEqual(findMentions({ matcher: made, text }));
    }
  });

  it('gives every regex with valid flags, and the prefilter no lookaround', () => {
    for (const regex of [compiled.scan, compiled.identify, compiled.prefilter, compiled.titles]) {
      expect(() => new RegExp(regex.source, regex.flags)).not.toThrow();
    }
    expect(compiled.prefilter.source).not.toMatch(/\(\?<?[=!]/u);
    expect(compiled.identify.order.length).toBeGreaterThan(300);
    expect(compiled.identify.order.every((id) => compiled.terms[id] !== undefined)).toBe(true);
  });

  it('knows the aliases as written, so most matches need no capture regex', () => {
    const known = new Map(compiled.known);
    expect(known.size).toBeGreaterThan(200);
    for (const text of ['putin', 'путин', '푸틴', 'kim jong un', '김정은', 'the russian leader']) {
      expect(known.has(text)).toBe(true);
    }
    expect(known.has('путина')).toBe(false);
  });

  it('identifies as the capture regex does, in any case', () => {
    const withKnown = loadMatcher(compiled);
    const regexOnly = loadMatcher({ ...compiled, known: [] });
    for (const id of SOURCE_IDS) {
      const text = readFileSync(new URL(`../data/sources/${id}.txt`, import.meta.url), 'utf8');
      for (const variant of [text, text.toUpperCase(), text.toLowerCase()]) {
        expect(withKnown.scan(variant)).toEqual(regexOnly.scan(variant));
      }
    }
  });

  it('finds the year of the 2024 treaty', () => {
    expect(compiled.newSince).toBe(2024);
  });
});
