/**
 * The messages a content script receives (popup → content, background → content), parsed
 * without zod so the content script does not carry it (core/messages.ts holds the zod schemas
 * that everything else uses; content-messages.test.ts checks this parser agrees with them).
 */
import { isDisputeId, isEntityId } from './ids';
import type { Message } from './messages';

export type ContentMessage = Extract<
  Message,
  { type: 'summary' | 'jump' | 'jump-statement' | 'next-mention' }
>;

function hasOnlyKeys(value: object, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function read(input: unknown): ContentMessage | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const message = input as Record<string, unknown>;
  switch (message.type) {
    case 'summary':
    case 'next-mention':
      return hasOnlyKeys(message, ['type']) ? { type: message.type } : null;
    case 'jump':
      return hasOnlyKeys(message, ['type', 'entity']) && isEntityId(message.entity)
        ? { type: 'jump', entity: message.entity }
        : null;
    case 'jump-statement':
      return hasOnlyKeys(message, ['type', 'dispute']) && isDisputeId(message.dispute)
        ? { type: 'jump-statement', dispute: message.dispute }
        : null;
    default:
      return null;
  }
}

/** The message, or null (with a warning) for anything else, malformed or not for a tab. */
export function parseContentMessage(input: unknown): ContentMessage | null {
  const message = read(input);
  if (!message) console.warn('[treaty-lens] ignored a message a content script does not take');
  return message;
}
