import { describe, expect, test } from 'vitest';
import { bundledKnowledge } from './bundled';
import { citationPassages, citationRef, resolveCitation } from './citations';
import { ENTITY_IDS } from './ids';
import { entityView } from './views';

const knowledge = bundledKnowledge();
const passages = citationPassages(knowledge);

describe('citation references', () => {
  test('every citation any card shows resolves to its own source and quote', () => {
    let checked = 0;
    for (const id of ENTITY_IDS) {
      const view = entityView({ knowledge, id });
      const citations = [
        ...view.corroborated.flatMap((c) => c.citations),
        ...view.singleSource.flatMap((c) => c.citations),
        ...view.disputes.flatMap((d) => d.accounts.flatMap((a) => a.citations)),
      ];
      for (const citation of citations) {
        expect(resolveCitation({ passages, ref: citation.ref })).toEqual({
          source: citation.source,
          quote: citation.quote,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('claims and dispute accounts are told apart', () => {
    const claim = knowledge.claims[0];
    const dispute = knowledge.disputes[0];
    if (!claim || !dispute) throw new Error('no data');
    expect(citationRef({ owner: claim.id, index: 0 })).toBe(`${claim.id}#0`);
    expect(resolveCitation({ passages, ref: `${claim.id}#0` })?.quote).toBe(
      claim.evidence[0]?.quote,
    );
    expect(resolveCitation({ passages, ref: `${dispute.id}/1#0` })?.quote).toBe(
      dispute.accounts[1]?.evidence[0]?.quote,
    );
    // A dispute id without an account, or a claim id with one, names nothing.
    expect(resolveCitation({ passages, ref: `${dispute.id}#0` })).toBeNull();
    expect(resolveCitation({ passages, ref: `${claim.id}/0#0` })).toBeNull();
  });

  test.each([
    '',
    'no-such-claim#0',
    'treaty-signed-in-pyongyang#99',
    'treaty-signed-in-pyongyang#-1',
    'treaty-signed-in-pyongyang#0#0',
    'treaty-signed-in-pyongyang',
    '#0',
    'https://evil.example/#0',
    'constructor#0',
    '__proto__#0',
    `${'a'.repeat(300)}#0`,
  ])('%j names nothing', (ref) => {
    expect(resolveCitation({ passages, ref })).toBeNull();
  });
});
