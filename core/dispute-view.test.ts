import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from './bundled';
import { statementCard } from './dispute-view';

const knowledge = bundledKnowledge();

describe('statementCard', () => {
  it('says which account the page matches, with its origin and outlet', () => {
    const card = statementCard({
      knowledge,
      disputeId: 'putin-arrival-time',
      account: 1,
      stated: '2:22 a.m.',
    });
    expect(card.question).toBe(
      knowledge.disputes.find((d) => d.id === 'putin-arrival-time')?.question,
    );
    expect(card.kind).toBe('fact');
    expect(card.line).toBe('This page: 2:22 a.m. — like Russian media, via Korea JoongAng Daily');
    expect(card.matched.index).toBe(1);
    expect(card.matched.citations.map((citation) => citation.source)).toEqual(['joongang']);
    expect(card.others.map((other) => [other.index, other.who])).toEqual([
      [0, 'Kremlin Telegram, via Korea JoongAng Daily'],
    ]);
    expect(card.others[0]?.citations[0]?.quote).toMatch(/2:46 a\.m\./);
  });

  it('lists every outlet of the matched account in sources.json order', () => {
    const card = statementCard({
      knowledge,
      disputeId: 'putin-arrival-date',
      account: 0,
      stated: 'early   Wednesday',
    });
    expect(card.stated).toBe('early Wednesday');
    expect(card.line).toBe(
      'This page: early Wednesday — like Asia Business Daily; Korea Herald; TASS and Yonhap, via Korea JoongAng Daily',
    );
    expect(card.others).toHaveLength(1);
    expect(card.others[0]?.who).toBe('Epoch Times');
  });

  it('keeps the other accounts in data order and shortens a long phrase', () => {
    const card = statementCard({
      knowledge,
      disputeId: 'talks-venue',
      account: 1,
      stated: `Kumsusan Palace ${'x'.repeat(100)}`,
    });
    expect(card.stated).toHaveLength(80);
    expect(card.stated.endsWith('…')).toBe(true);
    expect(card.others.map((other) => other.index)).toEqual([0, 2]);
  });

  it('throws on an unknown dispute or account', () => {
    expect(() => statementCard({ knowledge, disputeId: 'nope', account: 0, stated: 'x' })).toThrow(
      /unknown dispute/,
    );
    expect(() =>
      statementCard({ knowledge, disputeId: 'talks-venue', account: 9, stated: 'x' }),
    ).toThrow(/no account 9/);
    expect(() =>
      statementCard({ knowledge, disputeId: 'talks-venue', account: 'palace', stated: 'x' }),
    ).toThrow(/no account palace/);
  });
});
