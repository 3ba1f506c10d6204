import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readLexicon } from './lexicon';
import { GENERIC_REFERENCES, NOT_NAME_WORDS, OTHER_PARTIES, PLACE_WORDS } from './references';
import { Entity } from './schema';

const entities = z
  .array(Entity)
  .parse(JSON.parse(readFileSync(new URL('../data/entities.json', import.meta.url), 'utf8')));

const {
  abbreviatedTitles: ABBREVIATED_TITLES,
  confusables: CONFUSABLES,
  englishTitles: ENGLISH_TITLES,
  topicCues: TOPIC_CUES,
} = readLexicon();

const normalise = (text: string) => text.toLowerCase().replace(/[\s\-‐‑–—·]+/gu, ' ');

describe('word lists', () => {
  it.each([
    ['NOT_NAME_WORDS', NOT_NAME_WORDS],
    ['PLACE_WORDS', PLACE_WORDS],
    ['OTHER_PARTIES', OTHER_PARTIES],
    ['ABBREVIATED_TITLES', ABBREVIATED_TITLES],
  ])('%s is lower-case (words are compared lower-cased)', (_name, words) => {
    for (const word of words) expect(word).toBe(word.toLowerCase());
  });

  it('lists every word of every title as "not a name", so a title never looks like a first name', () => {
    for (const title of ENGLISH_TITLES) {
      for (const word of title.toLowerCase().split(' '))
        expect(NOT_NAME_WORDS, word).toContain(word);
    }
  });

  it('keeps place words out of the "not a name" list (they end a name, they do not stop it)', () => {
    for (const word of PLACE_WORDS) expect(NOT_NAME_WORDS.has(word), word).toBe(false);
  });

  it('has cue words for both sides of the topic', () => {
    expect(TOPIC_CUES.russia.terms.length).toBeGreaterThan(5);
    expect(TOPIC_CUES.korea.terms.length).toBeGreaterThan(5);
  });
});

describe('confusables and generic references', () => {
  const aliases = new Set(
    entities.flatMap((entity) => Object.values(entity.aliases).flat()).map(normalise),
  );

  it('never repeat an alias of an entity (the alias would win and hide them)', () => {
    for (const { phrases } of CONFUSABLES) {
      for (const phrase of phrases) expect(aliases.has(normalise(phrase)), phrase).toBe(false);
    }
    for (const { phrases } of GENERIC_REFERENCES) {
      for (const phrase of phrases) expect(aliases.has(normalise(phrase)), phrase).toBe(false);
    }
  });

  it('never list a generic reference as a confusable', () => {
    const confusable = new Set(CONFUSABLES.flatMap(({ phrases }) => phrases).map(normalise));
    for (const { phrases } of GENERIC_REFERENCES) {
      for (const phrase of phrases) expect(confusable.has(normalise(phrase)), phrase).toBe(false);
    }
  });

  it('name a confusable family for every blocked generic reference', () => {
    const families = new Set(CONFUSABLES.flatMap(({ families }) => families));
    for (const reference of GENERIC_REFERENCES) {
      if (reference.family) expect(families, reference.family).toContain(reference.family);
    }
  });
});
