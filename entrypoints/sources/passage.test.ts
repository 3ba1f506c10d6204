import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findPassage } from './passage';

const slice = (text: string, ranges: { start: number; length: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.start + r.length));

const herald = readFileSync(new URL('../../data/sources/koreaherald.txt', import.meta.url), 'utf8');

describe('findPassage', () => {
  test('finds a verbatim quote at its exact offsets', () => {
    const text = 'Before. The quoted words here. After.';
    expect(findPassage({ text, quote: 'quoted words' })).toEqual([{ start: 12, length: 12 }]);
  });

  test('tolerates different whitespace, and the range covers the original whitespace', () => {
    const text = 'a mutual\n  defense   commitment in case';
    const [range] = findPassage({ text, quote: 'mutual defense commitment' });
    expect(slice(text, range ? [range] : [])).toEqual(['mutual\n  defense   commitment']);
  });

  test('matches curly quotes in the article with straight ones in the quote and vice versa', () => {
    const found = findPassage({ text: herald, quote: '"strongest treaty in the history' });
    expect(slice(herald, found)).toEqual(['“strongest treaty in the history']);
    const text = 'he said "new level" today';
    expect(slice(text, findPassage({ text, quote: '“new level”' }))).toEqual(['"new level"']);
  });

  test('an ellipsis stands for omitted words: each piece is found in order', () => {
    const text = 'The treaty was signed today in Pyongyang by both leaders.';
    expect(slice(text, findPassage({ text, quote: 'The treaty … in Pyongyang' }))).toEqual([
      'The treaty',
      'in Pyongyang',
    ]);
    expect(slice(text, findPassage({ text, quote: 'The treaty ... by both' }))).toEqual([
      'The treaty',
      'by both',
    ]);
    // Pieces must come in order.
    expect(findPassage({ text, quote: 'in Pyongyang … The treaty' })).toEqual([]);
  });

  test('a literal ellipsis in the article is matched whole before being read as a gap', () => {
    const text = 'He paused… then spoke.';
    expect(slice(text, findPassage({ text, quote: 'paused… then' }))).toEqual(['paused… then']);
  });

  test('falls back to a case-insensitive match', () => {
    const text = 'President Vladimir Putin arrived.';
    expect(slice(text, findPassage({ text, quote: 'president vladimir putin' }))).toEqual([
      'President Vladimir Putin',
    ]);
  });

  test('a missing or empty quote gives no ranges', () => {
    expect(findPassage({ text: herald, quote: 'words that are not in the article' })).toEqual([]);
    expect(findPassage({ text: herald, quote: '   ' })).toEqual([]);
  });
});

/** Every quote the extension can cite, when the data files are present (they are after merge). */
const claimsFile = new URL('../../data/claims.json', import.meta.url);
const disputesFile = new URL('../../data/disputes.json', import.meta.url);
const haveData = existsSync(claimsFile) && existsSync(disputesFile);

test.skipIf(!haveData)('every quote in data/ is found in its source article', () => {
  type Ev = { source: string; quote: string };
  const claims: { evidence: Ev[] }[] = JSON.parse(readFileSync(claimsFile, 'utf8'));
  const disputes: { accounts: { evidence: Ev[] }[] }[] = JSON.parse(
    readFileSync(disputesFile, 'utf8'),
  );
  const evidence = [
    ...claims.flatMap((c) => c.evidence),
    ...disputes.flatMap((d) => d.accounts.flatMap((a) => a.evidence)),
  ];
  const texts = new Map<string, string>();
  const text = (source: string) => {
    if (!texts.has(source)) {
      texts.set(
        source,
        readFileSync(new URL(`../../data/sources/${source}.txt`, import.meta.url), 'utf8'),
      );
    }
    return texts.get(source) ?? '';
  };
  const missing = evidence.filter(
    (e) => findPassage({ text: text(e.source), quote: e.quote }).length === 0,
  );
  expect(missing).toEqual([]);
  expect(evidence.length).toBeGreaterThan(0);
});
