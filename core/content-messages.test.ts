import { afterEach, describe, expect, test, vi } from 'vitest';
import { type ContentMessage, parseContentMessage } from './content-messages';
import { Message } from './messages';

afterEach(() => vi.restoreAllMocks());

const CONTENT_TYPES = new Set(['summary', 'jump', 'jump-statement', 'next-mention']);

/** What the zod schema says a content script should accept. */
function byZod(input: unknown): ContentMessage | null {
  const result = Message.safeParse(input);
  if (!result.success || !CONTENT_TYPES.has(result.data.type)) return null;
  return result.data as ContentMessage;
}

const inputs: [string, unknown][] = [
  ['summary', { type: 'summary' }],
  ['next-mention', { type: 'next-mention' }],
  ['jump', { type: 'jump', entity: 'kim-jong-un' }],
  ['jump to the treaty', { type: 'jump', entity: 'treaty-2024' }],
  ['an unknown entity', { type: 'jump', entity: 'stalin' }],
  ['a jump without entity', { type: 'jump' }],
  ['an entity that is not a string', { type: 'jump', entity: ['putin'] }],
  ['an extra field', { type: 'summary', eval: 'alert(1)' }],
  ['an extra field on jump', { type: 'jump', entity: 'putin', after: 'x' }],
  ['an extra field on next-mention', { type: 'next-mention', n: 1 }],
  ['jump to a statement', { type: 'jump-statement', dispute: 'putin-arrival-time' }],
  ['a statement jump without dispute', { type: 'jump-statement' }],
  ['a dispute id with a selector in it', { type: 'jump-statement', dispute: 'x"] *' }],
  ['a dispute id in capitals', { type: 'jump-statement', dispute: 'Putin-Arrival' }],
  ['a dispute id too long', { type: 'jump-statement', dispute: 'a'.repeat(81) }],
  ['a dispute id that is not a string', { type: 'jump-statement', dispute: 7 }],
  ['an extra field on jump-statement', { type: 'jump-statement', dispute: 'x', entity: 'putin' }],
  ['an unknown type', { type: 'self-destruct' }],
  ['no type', { entity: 'putin' }],
  ['a type that is not a string', { type: ['summary'] }],
  ['a background message', { type: 'mentions', counts: {}, total: 0, disputes: {} }],
  ['an open-source request', { type: 'open-source', citation: 'putin-arrival-time/1#0' }],
  ['a string', 'summary'],
  ['an array', [{ type: 'summary' }]],
  ['null', null],
  ['undefined', undefined],
  ['a number', 7],
];

describe('parseContentMessage', () => {
  test.each(inputs)('%s: agrees with the zod schema', (_label, input) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseContentMessage(input)).toEqual(byZod(input));
  });

  test('returns a fresh object with only the known fields', () => {
    const input = { type: 'jump', entity: 'putin' };
    const parsed = parseContentMessage(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
  });

  test('warns once for what it ignores, never for what it takes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    parseContentMessage({ type: 'summary' });
    expect(warn).not.toHaveBeenCalled();
    parseContentMessage({ type: 'summary', extra: 1 });
    expect(warn).toHaveBeenCalledOnce();
  });
});
