/**
 * Reader settings: the pure half (shape, defaults, parsing). The storage half lives in
 * utils/settings.ts. Parsing never throws: a corrupted value falls back to defaults so the
 * popup and content script always have something sane to work with.
 */
import { z } from 'zod';
import type { EntityKind } from './schema';

export const SETTINGS_VERSION = 1;

export const Settings = z.strictObject({
  /** Master switch for all sites. */
  enabled: z.boolean(),
  /** Hostnames where highlighting is off even when `enabled` is true. */
  disabledSites: z.array(z.string()),
  kinds: z.strictObject({ treaty: z.boolean(), leader: z.boolean(), delegate: z.boolean() }),
  style: z.enum(['default', 'high-contrast', 'underline']),
  openOn: z.enum(['hover', 'click']),
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
