/**
 * The settings as read from storage without the WXT item: parsed, and repaired field by field
 * whatever shape is stored. Defining the item (utils/settings.ts) runs WXT's migration check,
 * and its `getValue` waits for that check: two storage round trips in a row before the content
 * script's first highlight, instead of one. Migrations run where the item is defined (the
 * background, popup and options). The content script reads through the settings feed
 * (utils/settings-feed.ts, started by the loader when it needs them); the extension pages watch
 * the key here.
 */
import { browser } from '#imports';
import { DEFAULT_SETTINGS, type Settings, salvageSettings } from '@/core/settings';
import { startSettingsFeed, watchSettingsKey } from './settings-feed';

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

/** Parsed settings on every change of the key (the extension pages and the background). */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  return watchSettingsKey(browser, (stored) => callback(parseStored(stored)));
}

export interface SettingsFeed {
  /** The newest settings known; waits for storage's first answer (see StoredSettingsFeed). */
  current(): Promise<Settings>;
  /** Every later change, parsed, until the returned function is called. */
  subscribe(callback: (settings: Settings) => void): () => void;
}

/**
 * The content script's settings: the feed an earlier instance of the loader started in this
 * frame, or a new one. One storage read per frame either way.
 */
export function takeSettingsFeed(): SettingsFeed {
  const feed = startSettingsFeed();
  return {
    current: () => feed.current().then(parseStored),
    subscribe: (callback) => feed.subscribe((stored) => callback(parseStored(stored))),
  };
}
