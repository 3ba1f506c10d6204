// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Mention } from '@/core/matcher';
import type { EntityId } from '@/core/schema';
import {
  MARK_ATTR,
  nonOverlapping,
  sameMentions,
  type TextRecord,
  unwrapRecord,
  wrapRecord,
} from './wrap';

const candidate = (entity: EntityId, start: number, end: number): Mention => ({
  entity,
  start,
  end,
});

function setup(text: string, siblings: { before?: string; after?: string } = {}) {
  const parent = document.createElement('p');
  const original = document.createTextNode(text);
  if (siblings.before) parent.append(siblings.before);
  parent.append(original);
  if (siblings.after) parent.append(siblings.after);
  document.body.replaceChildren(parent);
  const record: TextRecord = {
    original,
    full: text,
    candidates: [],
    wrapped: [],
    added: [],
    state: 'scanned',
  };
  const makeMark = ({ entity, text: markText }: { entity: EntityId; text: string }) => {
    const mark = document.createElement('mark');
    mark.setAttribute(MARK_ATTR, entity);
    mark.textContent = markText;
    return mark;
  };
  return { parent, original, record, makeMark };
}

describe('wrapRecord / unwrapRecord', () => {
  test('the original keeps the text before the first mention; marks and remainders follow it', () => {
    const { parent, original, record, makeMark } = setup('Then Putin met Kim Jong Un today.');
    const mentions = [candidate('putin', 5, 10), candidate('kim-jong-un', 15, 26)];
    wrapRecord({ record, mentions, makeMark });
    expect(parent.firstChild).toBe(original);
    expect(original.data).toBe('Then ');
    expect(parent.innerHTML).toBe(
      'Then <mark data-treaty-lens="putin">Putin</mark> met <mark data-treaty-lens="kim-jong-un">Kim Jong Un</mark> today.',
    );
    expect(record.added).toHaveLength(4);
    expect(record.wrapped).toEqual(mentions);
  });

  test('a mention at the start leaves the original empty; one at the end leaves no remainder', () => {
    const { parent, original, record, makeMark } = setup('Putin');
    wrapRecord({ record, mentions: [candidate('putin', 0, 5)], makeMark });
    expect(original.data).toBe('');
    expect(record.added).toHaveLength(1);
    expect(parent.textContent).toBe('Putin');
  });

  test('unwrapping gives back the same node with its full text and removes exactly our nodes', () => {
    const { parent, original, record, makeMark } = setup('Vladimir Putin spoke.', {
      before: 'A: ',
      after: ' B.',
    });
    const pageNodes = [...parent.childNodes];
    wrapRecord({ record, mentions: [candidate('putin', 0, 14)], makeMark });
    unwrapRecord({ record, restoreText: true });
    expect([...parent.childNodes]).toEqual(pageNodes);
    expect(original.data).toBe('Vladimir Putin spoke.');
    // Adjacent text nodes stay apart (no normalize()).
    expect(parent.childNodes).toHaveLength(3);
    expect(record.added).toEqual([]);
    expect(record.wrapped).toEqual([]);
  });

  test('when the page set the original text itself, unwrapping keeps the page text', () => {
    const { parent, original, record, makeMark } = setup('Putin and Lavrov');
    wrapRecord({ record, mentions: [candidate('putin', 0, 5)], makeMark });
    original.data = 'Something else';
    unwrapRecord({ record, restoreText: false });
    expect(parent.textContent).toBe('Something else');
    expect(parent.childNodes).toHaveLength(1);
  });

  test('nodes the page already removed are fine to remove again', () => {
    const { parent, record, makeMark } = setup('Putin and Lavrov');
    wrapRecord({ record, mentions: [candidate('putin', 0, 5)], makeMark });
    parent.textContent = 'replaced';
    expect(() => unwrapRecord({ record, restoreText: true })).not.toThrow();
    expect(parent.textContent).toBe('replaced');
  });
});

describe('nonOverlapping / sameMentions', () => {
  test('keeps the earliest, and at the same start the longest', () => {
    const picked = nonOverlapping([
      candidate('putin', 9, 14),
      candidate('putin', 0, 14),
      candidate('kim-jong-un', 19, 30),
      candidate('kim-jong-un', 19, 22),
      candidate('lavrov', 25, 31),
    ]);
    expect(picked.map((c) => [c.start, c.end])).toEqual([
      [0, 14],
      [19, 30],
    ]);
  });

  test('compares entity and offsets', () => {
    const a = [candidate('putin', 0, 5)];
    expect(sameMentions(a, [candidate('putin', 0, 5)])).toBe(true);
    expect(sameMentions(a, [candidate('putin', 0, 6)])).toBe(false);
    expect(sameMentions(a, [candidate('lavrov', 0, 5)])).toBe(false);
    expect(sameMentions(a, [])).toBe(false);
  });
});
