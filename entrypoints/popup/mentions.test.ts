import { describe, expect, test } from 'vitest';
import type { Entity } from '@/core/schema';
import { groupMentions, groupStatements } from './mentions';

const aliases = { en: ['x'], ko: ['x'], ru: ['x'] };
const entity = (id: Entity['id'], kind: Entity['kind'], name: string): Entity => ({
  id,
  kind,
  name,
  role: `${name}'s role`,
  side: 'russia',
  aliases,
});

const entities: Entity[] = [
  entity('treaty-2024', 'treaty', 'The 2024 treaty'),
  entity('treaty-1961', 'treaty', 'The 1961 treaty'),
  entity('putin', 'leader', 'Vladimir Putin'),
  entity('kim-jong-un', 'leader', 'Kim Jong Un'),
  entity('lavrov', 'delegate', 'Sergey Lavrov'),
  entity('belousov', 'delegate', 'Andrei Belousov'),
];

describe('groupMentions', () => {
  test('groups by kind in treaty, leader, delegate order, most-mentioned first', () => {
    const groups = groupMentions({
      counts: { belousov: 1, putin: 2, 'kim-jong-un': 5, 'treaty-2024': 1, lavrov: 3 },
      entities,
    });
    expect(groups.map((g) => [g.label, g.items.map((i) => `${i.name} ${i.count}`)])).toEqual([
      ['Treaties', ['The 2024 treaty 1']],
      ['Leaders', ['Kim Jong Un 5', 'Vladimir Putin 2']],
      ['Delegates', ['Sergey Lavrov 3', 'Andrei Belousov 1']],
    ]);
  });

  test('equal counts keep the order of the entity data', () => {
    const groups = groupMentions({ counts: { 'treaty-1961': 2, 'treaty-2024': 2 }, entities });
    expect(groups[0]?.items.map((i) => i.id)).toEqual(['treaty-2024', 'treaty-1961']);
  });

  test('leaves out zero counts and empty groups', () => {
    const groups = groupMentions({ counts: { putin: 1, lavrov: 0 }, entities });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.kind).toBe('leader');
    expect(groups[0]?.items.map((i) => i.id)).toEqual(['putin']);
  });

  test('no counts: no groups', () => {
    expect(groupMentions({ counts: {}, entities })).toEqual([]);
  });

  test('carries the role for a tooltip', () => {
    const [group] = groupMentions({ counts: { lavrov: 1 }, entities });
    expect(group?.items[0]?.role).toBe("Sergey Lavrov's role");
  });
});

describe('groupStatements', () => {
  const questions = {
    'putin-arrival-time': 'When did Putin arrive?',
    'talks-venue': 'Where did they talk?',
    'ushakov-title': 'What is Ushakov’s post?',
  };

  test('one item per stated dispute, the most stated first, ties in the questions’ order', () => {
    expect(
      groupStatements({
        disputes: { 'ushakov-title': 1, 'talks-venue': 1, 'putin-arrival-time': 2 },
        questions,
      }),
    ).toEqual([
      { dispute: 'putin-arrival-time', question: 'When did Putin arrive?', count: 2 },
      { dispute: 'talks-venue', question: 'Where did they talk?', count: 1 },
      { dispute: 'ushakov-title', question: 'What is Ushakov’s post?', count: 1 },
    ]);
  });

  test('leaves out disputes with no statement and ids without a question', () => {
    expect(
      groupStatements({ disputes: { 'talks-venue': 0, 'no-such-dispute': 3 }, questions }),
    ).toEqual([]);
  });
});
