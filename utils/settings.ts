/**
 * The settings storage item (sync storage, so a reader's choices follow their browser profile):
 * reading in utils/storage/settings.ts (re-exported here), writing here. Every write is checked
 * against the zod schema before it is stored.
 */
import { Settings, withSite } from '@/core/settings';
import { readSettings, settingsItem } from './storage/settings';

export { parseSettings, readSettings, settingsItem, watchSettings } from './storage/settings';

/**
 * Writes run one after another within a page: two quick clicks in the popup each read the
 * value the previous one wrote, instead of racing and losing one change.
 */
let writes: Promise<unknown> = Promise.resolve();

function queueWrite(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = writes.then(async () => {
    const current = await readSettings();
    const changed = change(current);
    if (changed !== current) await settingsItem.setValue(Settings.parse(changed));
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
