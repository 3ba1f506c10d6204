/**
 * The entity ids as plain data, for code that must not load zod: the content script runs on
 * every page and frame, and zod (classic) is ~90 KB that cannot be tree-shaken. core/schema.ts
 * holds the same list for its zod enum; ids.test.ts fails if the two ever differ.
 */
import type { EntityId } from './schema';

export const ENTITY_ID_LIST: readonly EntityId[] = [
  'treaty-2024',
  'treaty-1961',
  'treaty-2000',
  'declarations-2000-2001',
  'putin',
  'kim-jong-un',
  'lavrov',
  'belousov',
  'novak',
  'kozlov',
  'borisov',
  'belozerov',
  'manturov',
  'krivoruchko',
  'starovoit',
  'murashko',
  'kozhemyako',
  'ushakov',
  'kim-tok-hun',
  'choe-son-hui',
  'pak-jong-hun',
  'jo-yong-won',
];

const IDS: ReadonlySet<string> = new Set(ENTITY_ID_LIST);

export function isEntityId(value: unknown): value is EntityId {
  return typeof value === 'string' && IDS.has(value);
}
