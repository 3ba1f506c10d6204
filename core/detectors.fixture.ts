/**
 * What the detectors' unit tests share: the detector files of data/detectors/, the rules
 * compiled from them (every file, shipped or not: the rules themselves), and readers of what
 * a text states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compileDetectors, type DetectorFile, type Detectors, loadDetectors } from './detectors';

const DIR = new URL('../data/detectors/', import.meta.url);
export const DETECTOR_FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as DetectorFile);

export const RULES = loadDetectors(compileDetectors(DETECTOR_FILES, { includeUnshipped: true }));

export type Stated = [dispute: string, phrase: string, account: number | string];
export type Case = [string, [string, string, number][]];

/** What a text states: [dispute, phrase, account], left to right. */
export function stated(text: string, { topical = true, detectors = RULES } = {}): Stated[] {
  return detectors
    .detect({ text, topical })
    .map((hit) => [hit.disputeId, text.slice(hit.start, hit.end), hit.account]);
}

/** One test per text: it states exactly what the case says. */
export const expectEach = (cases: Case[], detectors: Detectors = RULES) =>
  it.each<Case>(cases)('%s', (text, expected) => {
    expect(stated(text, { detectors })).toEqual(expected);
  });

/** One test per text: it states nothing. */
export const expectNone = (texts: string[], detectors: Detectors = RULES) =>
  it.each(texts)('not: %s', (text) => {
    expect(stated(text, { detectors })).toEqual([]);
  });

/** The detectors as shipped (`shipped: false` left out), and the same two kinds of test on them. */
export const SHIPPED = loadDetectors(compileDetectors(DETECTOR_FILES));
export const asShipped = {
  expectEach: (cases: Case[]) => expectEach(cases, SHIPPED),
  expectNone: (texts: string[]) => expectNone(texts, SHIPPED),
};
