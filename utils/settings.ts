/**
 * The settings storage item (sync storage, so a reader's choices follow their browser profile).
 * Readers always go through `readSettings`/`watchSettings`, which parse the stored value: a
 * corrupted value yields defaults and a warning instead of a broken popup or content script.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, Settings } from '@/core/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export function parseSettings(value: unknown): Settings {
  const result = Settings.safeParse(value);
  if (result.success) return result.data;
  console.warn(
    '[treaty-lens] stored settings were invalid; using defaults',
    result.error.issues[0],
  );
  return DEFAULT_SETTINGS;
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}
