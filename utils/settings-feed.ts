/**
 * The content scripts' feed of the stored settings: one `storage.sync` read, and one
 * `storage.onChanged` listener for the key, registered in the same task.
 *
 * It lives on `globalThis` under a `Symbol.for` key: the content scripts of one extension share
 * one isolated world per frame (Chrome and Firefox), which the page cannot see. The loader
 * (entrypoints/highlighter.content/index.ts) starts it at the page's first anchor word, with the
 * highlighter's import, or when the popup asks; a second instance in the same frame (an
 * extension update into an open tab) finds the feed started and reads nothing again.
 *
 * The feed holds the value as stored (unknown, `undefined` when nothing is stored); parsing
 * is the reader's business (utils/stored-settings.ts), which keeps this module free of the
 * settings parser and of the webextension polyfill: Chrome's
 * Manifest V3 `chrome.storage` returns promises, and so does Firefox's native `browser`.
 */

/** Where WXT keeps the item `sync:settings` (utils/settings.ts): key `settings` of `storage.sync`. */
export const SETTINGS_AREA = 'sync';
export const SETTINGS_KEY = 'settings';

interface StorageChange {
  newValue?: unknown;
}
type ChangeListener = (changes: Record<string, StorageChange>, area: string) => void;

/** The part of the extension API the feed uses (native `chrome`/`browser`, or the polyfill). */
export interface SettingsStorageApi {
  runtime?: { id?: string };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: ChangeListener): void;
      removeListener(listener: ChangeListener): void;
    };
  };
}

/**
 * Calls `onValue` with the stored value (as stored; `undefined` once removed) on every change
 * of the settings key. Returns the function that stops it.
 */
export function watchSettingsKey(
  api: SettingsStorageApi,
  onValue: (stored: unknown) => void,
): () => void {
  const listener: ChangeListener = (changes, area) => {
    const change = area === SETTINGS_AREA ? changes[SETTINGS_KEY] : undefined;
    if (change) onValue(change.newValue);
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}

export interface StoredSettingsFeed {
  /**
   * The newest stored value known: the read's answer or a later change, whichever is newer. A
   * promise that waits for the first of them (and rejects if the read failed and no change came
   * since). Subscribe in the same task as it resolves, or before, to miss no change.
   */
  current(): Promise<unknown>;
  /** Every later change, as stored, until the returned function is called. */
  subscribe(listener: (stored: unknown) => void): () => void;
}

interface Feed extends StoredSettingsFeed {
  /** False once the extension context that made it is gone (the extension was updated). */
  alive(): boolean;
}

const FEED = Symbol.for('treaty-lens:settings-feed');
type Holder = { [FEED]?: Feed; browser?: SettingsStorageApi; chrome?: SettingsStorageApi };

/** Starts the feed in this frame's isolated world, or returns the one already started. */
export function startSettingsFeed(): StoredSettingsFeed {
  const holder = globalThis as Holder;
  const existing = holder[FEED];
  if (existing?.alive()) return existing;
  const api = holder.browser ?? holder.chrome;
  if (!api?.storage) throw new Error('[treaty-lens] no extension storage API in this context');
  const feed = createFeed(api);
  holder[FEED] = feed;
  return feed;
}

function createFeed(api: SettingsStorageApi): Feed {
  let answered = false;
  let settle!: (value: unknown) => void;
  let fail!: (error: unknown) => void;
  let known = new Promise<unknown>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // A read that failed before anyone asked is not an unhandled rejection; `current()` still
  // hands the failure to whoever asks.
  known.catch(() => {});
  const learn = (value: unknown) => {
    answered = true;
    settle(value); // the first answer (a no-op after it)
    known = Promise.resolve(value);
  };
  const listeners = new Set<(stored: unknown) => void>();

  // The listener first, in the same task as the read: a change always wins over a read's
  // answer that arrives after it, and the latest change wins.
  watchSettingsKey(api, (value) => {
    learn(value);
    for (const listener of [...listeners]) listener(value);
  });
  api.storage[SETTINGS_AREA].get(SETTINGS_KEY).then((stored) => {
    if (!answered) learn(stored[SETTINGS_KEY]);
  }, fail);

  return {
    current: () => known,
    subscribe(listener) {
      const own = (stored: unknown) => listener(stored);
      listeners.add(own);
      return () => listeners.delete(own);
    },
    alive: () => api.runtime?.id != null,
  };
}
