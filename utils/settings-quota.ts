/**
 * How big the stored settings may get. `storage.sync` refuses an item over 8,192 bytes (its key
 * plus its value as JSON): past a few hundred sites the list of switched-off sites alone would
 * be that, and from then on every write of the settings — any option, either switch — would
 * fail. So the list may grow only while the whole item stays under SITE_LIST_LIMIT_BYTES, which
 * leaves room for the other fields and for fields a later version adds; utils/settings.ts
 * refuses a site beyond it with a SettingsWriteError that says why. No WXT runtime here, so the
 * end-to-end tests use the same numbers.
 */
import type { Settings } from '@/core/settings';
import { SETTINGS_KEY } from './settings-feed';

export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SITE_LIST_LIMIT_BYTES = 7680;

/** The bytes `storage.sync` counts for the stored settings: the key and the value as JSON. */
export function storedBytes(settings: Settings): number {
  return new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;
}
