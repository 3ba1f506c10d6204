/**
 * Reader settings: the pure half (shape, defaults, parsing, per-site helpers). The storage half
 * lives in utils/settings.ts. Parsing never throws: a corrupted or old-format value keeps every
 * field that is still valid and falls back to the default for the rest, so the popup and the
 * content script always have something sane to work with.
 */
import { z } from 'zod';
import type { EntityKind } from './schema';

/**
 * Bump when the stored shape changes, and add a migration for the new version in
 * utils/settings.ts (WXT runs them in order on the stored value).
 */
export const SETTINGS_VERSION = 1;

export const HighlightStyle = z.enum(['default', 'high-contrast', 'underline']);
export type HighlightStyle = z.infer<typeof HighlightStyle>;
export const OpenOn = z.enum(['hover', 'click']);
export type OpenOn = z.infer<typeof OpenOn>;

export const Settings = z.strictObject({
  /** Master switch for all sites. */
  enabled: z.boolean(),
  /** Hostnames where highlighting is off even when `enabled` is true. */
  disabledSites: z.array(z.string()),
  kinds: z.strictObject({ treaty: z.boolean(), leader: z.boolean(), delegate: z.boolean() }),
  style: HighlightStyle,
  openOn: OpenOn,
  /** Highlights join the page's tab order only when the reader asks for it. */
  tabOrder: z.boolean(),
  showBadge: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { treaty: true, leader: true, delegate: true },
  style: 'default',
  openOn: 'hover',
  tabOrder: false,
  showBadge: true,
};

/** Whether highlighting runs on `host` under `settings`. */
export function isActiveOn({ settings, host }: { settings: Settings; host: string }): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export function kindEnabled({ settings, kind }: { settings: Settings; kind: EntityKind }): boolean {
  return settings.kinds[kind];
}

/** Whether the reader has left `host` on (independent of the master switch). */
export function siteEnabled({ settings, host }: { settings: Settings; host: string }): boolean {
  return !settings.disabledSites.includes(host);
}

/**
 * Settings with `host` switched on or off. Returns the same object when nothing changes, so
 * callers can skip a storage write. An empty host (file: pages, about:blank) is not a site.
 */
export function withSite({
  settings,
  host,
  enabled,
}: {
  settings: Settings;
  host: string;
  enabled: boolean;
}): Settings {
  if (host === '' || siteEnabled({ settings, host }) === enabled) return settings;
  const disabledSites = enabled
    ? settings.disabledSites.filter((site) => site !== host)
    : [...settings.disabledSites, host].sort();
  return { ...settings, disabledSites };
}

export interface SettingsParse {
  settings: Settings;
  /** Top-level fields that were missing or invalid, wholly or in part, and were repaired. */
  repaired: (keyof Settings)[];
}

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/**
 * Parses a stored value field by field. A value that is not an object at all (null, a string,
 * an array) yields the defaults; an object keeps every field that is still valid — an older
 * version missing a field, or a hand-edited value with one bad field, loses only that field.
 * Unknown fields are dropped; `disabledSites` keeps its string entries (deduplicated), `kinds`
 * keeps each valid flag.
 */
export function salvageSettings(value: unknown): SettingsParse {
  const whole = Settings.safeParse(value);
  if (whole.success) return { settings: whole.data, repaired: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: DEFAULT_SETTINGS, repaired: [...KEYS] };
  }
  const stored = value as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const repaired: (keyof Settings)[] = [];
  for (const key of KEYS) {
    const field = salvageField({ key, value: stored[key] });
    settings[key] = field.value;
    if (!field.clean) repaired.push(key);
  }
  return { settings: Settings.parse(settings), repaired };
}

/** The best value for one field, and whether it came through untouched. */
function salvageField({ key, value }: { key: keyof Settings; value: unknown }): {
  value: unknown;
  clean: boolean;
} {
  if (key === 'disabledSites' && Array.isArray(value)) {
    const sites = value.filter((site): site is string => typeof site === 'string');
    return { value: [...new Set(sites)], clean: sites.length === value.length };
  }
  if (key === 'kinds' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    // Kind by kind: a kind added in a later version must not wipe the reader's other choices.
    const kinds = { ...DEFAULT_SETTINGS.kinds };
    let clean = true;
    for (const kind of Object.keys(kinds) as EntityKind[]) {
      const flag = (value as Record<string, unknown>)[kind];
      if (typeof flag === 'boolean') kinds[kind] = flag;
      else clean = false;
    }
    return { value: kinds, clean };
  }
  const result = Settings.shape[key].safeParse(value);
  return result.success
    ? { value: result.data, clean: true }
    : { value: DEFAULT_SETTINGS[key], clean: false };
}
