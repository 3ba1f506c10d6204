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
import { SITE_LIST_LIMIT_BYTES, storedBytes } from './settings-quota';
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

/** A change the browser did not store, with a sentence for the reader. */
export class SettingsWriteError extends Error {
  readonly reason: 'site-list-full' | 'storage';
  constructor({ reason, message }: { reason: SettingsWriteError['reason']; message: string }) {
    super(message);
    this.name = 'SettingsWriteError';
    this.reason = reason;
  }
}

/** What the reader is told when storage refuses a write (its error says which quota). */
function storageFailure(error: unknown): SettingsWriteError {
  const detail = error instanceof Error ? error.message : String(error);
  const why = /WRITE_OPERATIONS/i.test(detail)
    ? 'too many changes in a short time; try again in a minute'
    : /QUOTA|MAX_ITEMS/i.test(detail)
      ? 'the browser’s sync storage for Treaty Lens is full'
      : detail;
  return new SettingsWriteError({
    reason: 'storage',
    message: `Not saved: ${why}.`,
  });
}

/**
 * Writes run one after another within a page: two quick clicks in the popup each read the
 * value the previous one wrote, instead of racing and losing one change. A write that is not
 * stored rejects with a SettingsWriteError; every caller shows it where the reader acted.
 */
let writes: Promise<unknown> = Promise.resolve();

function queueWrite(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = writes.then(async () => {
    const current = await readSettings();
    const changed = change(current);
    if (changed === current) return changed;
    const checked = exactSettings(changed);
    try {
      await settingsItem.setValue(checked);
    } catch (error) {
      throw storageFailure(error);
    }
    return changed;
  });
  writes = next.catch(() => undefined);
  return next;
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return queueWrite((settings) => ({ ...settings, ...patch }));
}

/** Settings with `host` switched as asked; throws when switching it off overfills the list. */
function switchSite({
  settings,
  host,
  enabled,
}: {
  settings: Settings;
  host: string;
  enabled: boolean;
}): Settings {
  const changed = withSite({ settings, host, enabled });
  if (!enabled && changed !== settings && storedBytes(changed) > SITE_LIST_LIMIT_BYTES) {
    throw new SettingsWriteError({
      reason: 'site-list-full',
      message: `Not saved: the list of sites where highlighting is off is full (${settings.disabledSites.length} sites). Remove some in Options to turn ${host} off.`,
    });
  }
  return changed;
}

/** Switches highlighting on or off for one site (hostname). */
export function setSiteEnabled({ host, enabled }: { host: string; enabled: boolean }) {
  return queueWrite((settings) => switchSite({ settings, host, enabled }));
}

/** Flips one site (hostname) and returns the new settings. */
export function toggleSite({ host }: { host: string }): Promise<Settings> {
  return queueWrite((settings) =>
    switchSite({ settings, host, enabled: settings.disabledSites.includes(host) }),
  );
}

/** The sentence to show for a failed write (a SettingsWriteError's own, or a generic one). */
export function writeErrorMessage(error: unknown): string {
  return error instanceof SettingsWriteError
    ? error.message
    : `Not saved: ${error instanceof Error ? error.message : String(error)}`;
}
