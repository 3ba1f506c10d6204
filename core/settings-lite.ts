/**
 * The reader's settings as the content script needs them — defaults, parsing with repair, and
 * whether a site is on — without zod, which the content script would otherwise load on every
 * page and frame (~90 KB, not tree-shakable). core/settings.ts keeps the zod schema for the
 * extension's pages and for writes; settings-lite.test.ts checks that this file agrees with it:
 * same defaults, and `salvageSettings` repairs every corrupt value the same way.
 */
import type { EntityKind } from './schema';
import type { HighlightStyle, OpenOn, Settings, SettingsParse } from './settings';

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { treaty: true, leader: true, delegate: true },
  style: 'default',
  openOn: 'hover',
  tabOrder: false,
  showBadge: true,
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const KINDS = Object.keys(DEFAULT_SETTINGS.kinds) as EntityKind[];
const STYLES: readonly HighlightStyle[] = ['default', 'high-contrast', 'underline'];
const OPEN_ON: readonly OpenOn[] = ['hover', 'click'];

/** Whether `host` gets highlights under `settings`. */
export function isActiveOn({ settings, host }: { settings: Settings; host: string }): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

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
    case 'style':
      return keep(oneOf(STYLES, value));
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
