/**
 * The settings storage item (sync storage, so a reader's choices follow their browser profile).
 * Readers always go through `readSettings`/`watchSettings`, which parse the stored value: a
 * corrupted or old-format value keeps its valid fields, takes defaults for the rest and logs a
 * warning, instead of breaking the popup or the options page. Every write is checked to be
 * exactly valid before it is stored. (The content scripts read the same key without defining
 * the item: utils/settings-feed.ts, parsed in utils/stored-settings.ts.)
 */
import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  exactSettings,
  SETTINGS_VERSION,
  type Settings,
  withSite,
} from '@/core/settings';
import { SETTINGS_AREA, SETTINGS_KEY } from './settings-feed';
import { parseSettings } from './stored-settings';

/** Changes need no migration wait: one listener on the key serves every context. */
export { watchStoredSettings as watchSettings } from './stored-settings';

export const settingsItem = storage.defineItem<Settings>(`${SETTINGS_AREA}:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // No shape change yet, so no migration functions. Passing the (empty) map still matters: it
  // makes WXT record `v: 1` beside the first value written, so a future v2 knows what it is
  // migrating from. A v2 adds `2: (v1) => …` here; parseSettings (stored-settings.ts) repairs
  // whatever a migration (or a hand edit, or a newer version after a downgrade) leaves behind.
  migrations: {},
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/**
 * Writes run one after another within a page: two quick clicks in the popup each read the
 * value the previous one wrote, instead of racing and losing one change.
 */
let writes: Promise<unknown> = Promise.resolve();

function queueWrite(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = writes.then(async () => {
    const current = await readSettings();
    const changed = change(current);
    if (changed !== current) await settingsItem.setValue(exactSettings(changed));
    return changed;
  });
  writes = next.catch(() => undefined);
  return next;
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return queueWrite((settings) => ({ ...settings, ...patch }));
}

/** Switches highlighting on or off for one site (hostname). */
export function setSiteEnabled({ host, enabled }: { host: string; enabled: boolean }) {
  return queueWrite((settings) => withSite({ settings, host, enabled }));
}

/** Flips one site (hostname) and returns the new settings. */
export function toggleSite({ host }: { host: string }): Promise<Settings> {
  return queueWrite((settings) =>
    withSite({ settings, host, enabled: settings.disabledSites.includes(host) }),
  );
}
