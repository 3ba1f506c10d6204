/**
 * Where a quoted passage came from, and how independent a corroboration is.
 *
 * `via` on a piece of evidence (contract: shared/DESIGN.md) names, from the fixed list below,
 * what the passage or its article says the outlet relied on: a news agency, a broadcaster or an
 * official record. Absent, the passage is the outlet's own reporting. Independence is derived,
 * never stored: see `independence()`, and docs/editorial.md for why it is counted this way.
 *
 * Pure, without zod: the content script's card imports it.
 */

/** The names `via` may hold (contract: the fixed list). */
export const VIA_NAMES = [
  'TASS',
  'Sputnik',
  'RIA Novosti',
  'Interfax',
  'KCNA',
  'Yonhap',
  'Reuters',
  'AFP',
  'AP',
  'Xinhua',
  'Kremlin transcript',
  'Kremlin Telegram',
  'Russian media',
  'KCTV',
  'Rossiya 24',
] as const;

export type ViaName = (typeof VIA_NAMES)[number];

/**
 * The origin a `via` name counts as. The Kremlin's transcript and its Telegram channel are one
 * publisher's two channels, so outlets relying on either rest on one origin, "the Kremlin".
 * Every other name is an origin of its own.
 */
const ORIGIN_OF: Partial<Record<ViaName, string>> = {
  'Kremlin transcript': 'the Kremlin',
  'Kremlin Telegram': 'the Kremlin',
};

export function originOf(via: ViaName): string {
  return ORIGIN_OF[via] ?? via;
}

export function isViaName(value: unknown): value is ViaName {
  return (VIA_NAMES as readonly unknown[]).includes(value);
}

/** One outlet's evidence as independence sees it: which outlet, relying on what. */
export interface Relay {
  /** The outlet's id (a source id); it is the origin when `via` is absent or empty. */
  outlet: string;
  /** How the outlet is named when it is its own origin ("Korea Herald"). */
  label: string;
  via?: readonly ViaName[];
}

export interface Independence {
  /** Distinct outlets. */
  outlets: number;
  /**
   * Independent origins: chains of reporting that share no origin. Each is labelled by the
   * origins it joins ("TASS", "TASS + the Kremlin") or, for an outlet's own reporting, by the
   * outlet's label. In order of first appearance in the evidence.
   */
  origins: string[];
}

/**
 * How independent the evidence is. Every passage rests on a set of origins (its `via` names
 * mapped by `originOf`, or its outlet). Two passages that share any origin are not independent
 * of each other, and that holds transitively: the independent origins are the connected
 * components of passages linked by a shared origin. A passage naming two origins ("according to
 * TASS and Sputnik") therefore joins them into one chain rather than counting twice: it cannot
 * be told which of them the outlet's words came from.
 */
export function independence(relays: readonly Relay[]): Independence {
  const outlets = new Set(relays.map((r) => r.outlet));
  // Union-find over origin keys; an outlet's own reporting is keyed apart from agency names.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) {
      root = up;
    }
    parent.set(key, root);
    return root;
  };
  const add = (key: string) => {
    if (!parent.has(key)) parent.set(key, key);
  };
  const labels = new Map<string, string>();
  const order: string[] = [];
  for (const relay of relays) {
    const keys =
      relay.via && relay.via.length > 0
        ? [...new Set(relay.via.map((v) => `via:${originOf(v)}`))]
        : [`own:${relay.outlet}`];
    for (const key of keys) {
      if (!parent.has(key)) {
        add(key);
        order.push(key);
        labels.set(key, key.startsWith('via:') ? key.slice(4) : relay.label);
      }
    }
    const [first, ...rest] = keys;
    if (first === undefined) continue;
    for (const key of rest) {
      const a = find(first);
      const b = find(key);
      if (a !== b) parent.set(b, a);
    }
  }
  const components = new Map<string, string[]>();
  for (const key of order) {
    const root = find(key);
    const members = components.get(root);
    const label = labels.get(key) ?? key;
    if (members) members.push(label);
    else components.set(root, [label]);
  }
  return { outlets: outlets.size, origins: [...components.values()].map((m) => m.join(' + ')) };
}

/** "4 outlets · 2 origins: TASS, the Kremlin" — counts and names, no adjectives. */
export function independenceLine({ outlets, origins }: Independence): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(outlets, 'outlet')} · ${plural(origins.length, 'origin')}: ${origins.join(', ')}`;
}
