import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileMatcher } from './compile';
import { createMatcher, findMentions, loadMatcher } from './matcher';
import { atomize } from './pattern';
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
    for (const regex of [compiled.scan, compiled.prefilter, compiled.titles]) {
      expect(() => new RegExp(regex.source, regex.flags)).not.toThrow();
    }
    const { branches, end, flags } = compiled.identify;
    const whole = `(?:${branches.map((branch) => branch.source).join('|')})${end}`;
    expect(() => new RegExp(whole, flags)).not.toThrow();
    expect(compiled.prefilter.source).not.toMatch(/\(\?<?[=!]/u);
    const order = branches.flatMap((branch) => branch.order);
    expect(order.length).toBeGreaterThan(300);
    expect(order.every((id) => compiled.terms[id] !== undefined)).toBe(true);
  });

  it('identifies with the branches a match can start with as the whole regex does', () => {
    // Every branch marked "may start anywhere": each match then runs the whole regex.
    const whole = loadMatcher({
      ...compiled,
      known: [],
      identify: {
        ...compiled.identify,
        branches: compiled.identify.branches.map((branch) => ({ ...branch, starts: null })),
      },
    });
    const split = loadMatcher({ ...compiled, known: [] });
    expect(compiled.identify.branches.filter((branch) => branch.starts).length).toBeGreaterThan(50);
    for (const id of SOURCE_IDS) {
      const text = readFileSync(new URL(`../data/sources/${id}.txt`, import.meta.url), 'utf8');
      for (const variant of [text, text.toUpperCase(), text.toLowerCase()]) {
        expect(split.scan(variant)).toEqual(whole.scan(variant));
      }
    }
    const inflected =
      'Путина, Путиным, Лавровым, Ким Чен Ына, 푸틴은, 김정은과, Kim Jong-un’s, ПУТИНУ';
    expect(split.scan(inflected)).toEqual(whole.scan(inflected));
    expect(split.scan(inflected).length).toBeGreaterThan(5);
  });

  it("lists every character a branch's first atom matches, in any case, under its lower case", () => {
    const { branches } = compiled.identify;
    const keys = new Set(branches.flatMap((branch) => branch.starts ?? []));
    const misses: string[] = [];
    for (const branch of branches) {
      if (!branch.starts) continue;
      const first = new RegExp(`^(?:${atomize(branch.source)[0]})`, 'iu');
      for (let code = 0; code <= 0xffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCharCode(code);
        if (!first.test(char)) continue;
        const key = char.toLowerCase();
        // A key no branch lists makes the page use every branch: nothing is missed then.
        if (keys.has(key) && !branch.starts.includes(key))
          misses.push(`${char} in ${branch.source.slice(0, 20)}`);
      }
    }
    expect(misses).toEqual([]);
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
