/**
 * The entity ids as plain data, for code that must not load zod: the content script runs on
 * every page and frame, and zod (classic) is ~90 KB that cannot be tree-shaken. core/schema.ts
 * makes its zod enum from this list.
 */
import type { EntityId } from './schema';

export const ENTITY_IDS = [
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
] as const;

const IDS: ReadonlySet<string> = new Set(ENTITY_IDS);

export function isEntityId(value: unknown): value is EntityId {
  return typeof value === 'string' && IDS.has(value);
}

/** A dispute's id as messages carry it: data/disputes.json's ids are lower case, digits, hyphens. */
export const DISPUTE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DISPUTE_ID_MAX = 80;

export function isDisputeId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= DISPUTE_ID_MAX && DISPUTE_ID.test(value);
}
