/**
 * Reader settings: the pure half (shape, defaults, parsing, per-site helpers). The storage half
 * lives in utils/settings.ts. Parsing never throws: a corrupted or old-format value keeps every
 * field that is still valid and falls back to the default for the rest, so the popup and the
 * content script always have something sane to work with.
 *
 * Written by hand, not with zod: the content script reads settings on every page and frame, and
 * zod (~90 KB that does not tree-shake) was the largest part of it. settings.test.ts checks the
 * parser against a zod schema of the same shape on 600 random corrupt values.
 */
import type { EntityKind } from './schema';

/**
 * Bump when the stored shape changes, and add a migration for the new version in
 * utils/settings.ts (WXT runs them in order on the stored value).
 */
export const SETTINGS_VERSION = 1;

export const HIGHLIGHT_STYLES = ['default', 'high-contrast', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const OPEN_ON = ['hover', 'click'] as const;
export type OpenOn = (typeof OPEN_ON)[number];

// A type, not an interface: a type alias converts to and from a plain record.
export type Settings = {
  /** Master switch for all sites. */
  enabled: boolean;
  /** Hostnames where highlighting is off even when `enabled` is true. */
  disabledSites: string[];
  kinds: Record<EntityKind, boolean>;
  /** Sentences that state a point the sources dispute are marked (a dotted underline). */
  statements: boolean;
  style: HighlightStyle;
  openOn: OpenOn;
  /** Highlights join the page's tab order only when the reader asks for it. */
  tabOrder: boolean;
  showBadge: boolean;
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { treaty: true, leader: true, delegate: true },
  statements: true,
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
const KINDS = Object.keys(DEFAULT_SETTINGS.kinds) as EntityKind[];

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const onlyKeys = (value: Plain, keys: readonly string[]) =>
  Object.keys(value).every((key) => keys.includes(key));

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** The best value for one field, and whether it was valid as stored. */
function salvageField({ key, value }: { key: keyof Settings; value: unknown }): {
  value: unknown;
  clean: boolean;
} {
  const keep = (valid: boolean) =>
    valid
      ? { value, clean: true }
      : { value: structuredClone(DEFAULT_SETTINGS[key]), clean: false };
  switch (key) {
    case 'enabled':
    case 'tabOrder':
    case 'showBadge':
      return keep(typeof value === 'boolean');
    case 'statements':
      // Added after version 1 shipped: a value stored before it has none, and is not broken.
      if (value === undefined) return { value: DEFAULT_SETTINGS.statements, clean: true };
      return keep(typeof value === 'boolean');
    case 'style':
      return keep(oneOf(HIGHLIGHT_STYLES, value));
    case 'openOn':
      return keep(oneOf(OPEN_ON, value));
    case 'disabledSites': {
      if (!Array.isArray(value)) return keep(false);
      const sites = value.filter((site): site is string => typeof site === 'string');
      return { value: [...new Set(sites)], clean: sites.length === value.length };
    }
    case 'kinds': {
      if (!isPlain(value)) return keep(false);
      // Kind by kind: a kind added in a later version must not wipe the reader's other choices.
      const kinds = { ...DEFAULT_SETTINGS.kinds };
      let clean = true;
      for (const kind of KINDS) {
        const flag = value[kind];
        if (typeof flag === 'boolean') kinds[kind] = flag;
        else clean = false;
      }
      return { value: kinds, clean };
    }
  }
}

/** Exactly the stored shape: every field valid, nothing unknown (zod's strictObject). */
function isSettings(value: Plain): boolean {
  const kinds = isPlain(value.kinds) ? value.kinds : {};
  return (
    onlyKeys(value, KEYS) &&
    onlyKeys(kinds, KINDS) &&
    KEYS.every((key) => salvageField({ key, value: value[key] }).clean)
  );
}

/**
 * Parses a stored value field by field. A value that is not an object at all (null, a string,
 * an array) yields the defaults; an object keeps every field that is still valid — an older
 * version missing a field, or a hand-edited value with one bad field, loses only that field.
 * Unknown fields are dropped; `disabledSites` keeps its string entries (deduplicated), `kinds`
 * keeps each valid flag.
 */
export function salvageSettings(value: unknown): SettingsParse {
  if (!isPlain(value)) return { settings: structuredClone(DEFAULT_SETTINGS), repaired: [...KEYS] };
  if (isSettings(value)) {
    // A copy, as valid as stored (duplicate sites included: only a repair removes them).
    const kinds = value.kinds as Settings['kinds'];
    const settings = { ...(value as Settings) };
    settings.statements ??= DEFAULT_SETTINGS.statements;
    settings.disabledSites = [...settings.disabledSites];
    settings.kinds = { treaty: kinds.treaty, leader: kinds.leader, delegate: kinds.delegate };
    return { settings, repaired: [] };
  }
  const settings: Plain = {};
  const repaired: (keyof Settings)[] = [];
  for (const key of KEYS) {
    const field = salvageField({ key, value: value[key] });
    settings[key] = field.value;
    if (!field.clean) repaired.push(key);
  }
  return { settings: settings as Settings, repaired };
}

/** `value` if it is exactly a valid Settings (what a write must store); throws otherwise. */
export function exactSettings(value: unknown): Settings {
  const { settings, repaired } = salvageSettings(value);
  if (repaired.length > 0) throw new Error(`settings: invalid ${repaired.join(', ')}`);
  return settings;
}
