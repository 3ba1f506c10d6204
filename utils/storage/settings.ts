/**
 * The settings storage item and its reading half, without zod: the content script reads and
 * watches settings on every page and frame, and must not load zod to do it (core/settings-lite.ts
 * parses and repairs exactly as core/settings.ts does). Writes, which only the extension's pages
 * and the background make, are in utils/settings.ts, which re-exports all of this. (A folder of
 * its own, so that WXT's auto-imports, which scan utils/*.ts, do not see its names twice.)
 *
 * Readers always go through `readSettings`/`watchSettings`, which parse the stored value: a
 * corrupted or old-format value keeps its valid fields, takes defaults for the rest and logs a
 * warning, instead of breaking the popup or the content script.
 */
import { storage } from '#imports';
import type { Settings } from '@/core/settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, salvageSettings } from '@/core/settings-lite';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // No shape change yet, so no migration functions. Passing the (empty) map still matters: it
  // makes WXT record `v: 1` beside the first value written, so a future v2 knows what it is
  // migrating from. A v2 adds `2: (v1) => …` here; parseSettings below repairs whatever a
  // migration (or a hand edit, or a newer version after a downgrade) leaves behind.
  migrations: {},
});

export function parseSettings(value: unknown): Settings {
  const { settings, repaired } = salvageSettings(value);
  if (repaired.length > 0) {
    console.warn(
      `[treaty-lens] stored settings were invalid; repaired ${repaired.join(', ')} (other fields kept)`,
    );
  }
  return settings;
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
