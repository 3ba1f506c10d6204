/**
 * The detectors on the five bundled articles, checked against the disputes' own evidence: every
 * quote of an account is a passage where an outlet states that account, so a detection of that
 * dispute inside it must name that account, and most quotes should get one. Curated data, not
 * the program's output, is the reference; detections outside the quotes were reviewed by hand
 * (docs/sentence-annotations.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledKnowledge } from './bundled';
import { compileDetectors, type DetectorFile, loadDetectors } from './detectors';
import { collapseWhitespace } from './knowledge';

const DATA = new URL('../data/', import.meta.url);
const files = readdirSync(new URL('detectors/', DATA))
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) => JSON.parse(readFileSync(new URL(`detectors/${name}`, DATA), 'utf8')) as DetectorFile,
  );
// The rules themselves, shipped or not: the quotes check the rules.
const detectors = loadDetectors(compileDetectors(files, { includeUnshipped: true }));
const knowledge = bundledKnowledge();
const detected = new Set(files.map((file) => file.dispute));

const texts = new Map(
  knowledge.sources.map((source) => {
    const text = collapseWhitespace(readFileSync(new URL(source.file, DATA), 'utf8'));
    return [source.id, { text, hits: detectors.detect({ text, topical: true }) }];
  }),
);

const quotes = knowledge.disputes
  .filter((dispute) => detected.has(dispute.id))
  .flatMap((dispute) =>
    dispute.accounts.flatMap((account, index) =>
      account.evidence.map((evidence) => ({ dispute: dispute.id, index, evidence })),
    ),
  );

/** The detections of the quote's dispute that lie inside the quote. */
function inside({ dispute, evidence }: (typeof quotes)[number]) {
  const source = texts.get(evidence.source);
  const quote = collapseWhitespace(evidence.quote);
  const at = source?.text.indexOf(quote) ?? -1;
  if (at < 0) throw new Error(`quote not in ${evidence.source}: ${quote}`);
  return (source?.hits ?? []).filter(
    (hit) => hit.disputeId === dispute && hit.start >= at && hit.end <= at + quote.length,
  );
}

const found = quotes.filter((quote) => inside(quote).length > 0).length;
afterAll(() => {
  console.log(`\ndisputes' quotes whose account the detectors find: ${found} of ${quotes.length}`);
});

describe('the disputes’ own quotes', () => {
  it.each(quotes)('$dispute account $index in $evidence.source', (quote) => {
    // A detection of this dispute inside an account's own quote never names another account.
    expect(inside(quote).filter((hit) => hit.account !== quote.index)).toEqual([]);
  });

  it('mostly get their account (a floor, so a change that loses some shows)', () => {
    expect(found).toBeGreaterThanOrEqual(24);
  });
});
