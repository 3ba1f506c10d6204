/**
 * The content script's read-only view of the settings: one `storage.sync` read, and a
 * `storage.onChanged` listener for the item's key, without defining the WXT storage item.
 * Defining it (utils/settings.ts) runs WXT's migration check in every page and frame, and its
 * `getValue` waits for that check: two storage round trips in a row (and a third beside them)
 * before the first highlight, instead of one. Migrations run where the item is defined (the
 * background, popup and options); whatever shape is stored, `parseSettings` repairs it field by
 * field.
 */
import { browser } from '#imports';
import { DEFAULT_SETTINGS, type Settings, salvageSettings } from '@/core/settings';

/** Where WXT keeps the item `sync:settings`: key `settings` of `storage.sync`. */
const AREA = 'sync';
const KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  const { settings, repaired } = salvageSettings(value);
  if (repaired.length > 0) {
    console.warn(
      `[treaty-lens] stored settings were invalid; repaired ${repaired.join(', ')} (other fields kept)`,
    );
  }
  return settings;
}

/** Nothing stored yet means the defaults (not a corrupt value to warn about). */
const parseStored = (value: unknown) => parseSettings(value ?? DEFAULT_SETTINGS);

export async function readStoredSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage[AREA].get(KEY);
  return parseStored(stored[KEY]);
}

export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  const listener: Parameters<typeof browser.storage.onChanged.addListener>[0] = (changes, area) => {
    const change = area === AREA ? changes[KEY] : undefined;
    if (change) callback(parseStored(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
