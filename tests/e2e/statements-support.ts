/**
 * What the statement tests of both suites expect on the sentence fixture pages
 * (tests/fixtures/sentences/): the hand-written labels, and what the detectors find in the
 * page's blocks read without a browser (tests/fixtures/sentences/blocks.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDetectors, type DetectorFile, loadDetectors } from '../../core/detectors';
import { blocks } from '../fixtures/sentences/blocks';
import { ROOT } from './harness';

export const SENTENCES_DIR = join(ROOT, 'tests/fixtures/sentences');

/** The sentence pages' names (`en`, `ko-2`, …). */
export const SENTENCE_PAGES = readdirSync(SENTENCES_DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/u, ''))
  .sort();

const DETECTORS = join(ROOT, 'data/detectors');
const detectors = loadDetectors(
  compileDetectors(
    readdirSync(DETECTORS)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(DETECTORS, file), 'utf8')) as DetectorFile),
  ),
);

export type Labelled = [dispute: string, phrase: string, account: number | string];

/** The page's hand-written labels. */
export const labelled = (page: string): Labelled[] =>
  JSON.parse(readFileSync(join(SENTENCES_DIR, `${page}.expected.json`), 'utf8')) as Labelled[];

/** What the detectors find in the page's blocks, as [dispute, phrase, account], in page order. */
export function detectedInHtml(page: string): Labelled[] {
  return blocks(readFileSync(join(SENTENCES_DIR, `${page}.html`), 'utf8')).flatMap((text) =>
    detectors
      .detect({ text, topical: true })
      .map((hit): Labelled => [hit.disputeId, text.slice(hit.start, hit.end), hit.account]),
  );
}
