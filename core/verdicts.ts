/**
 * What a page has shown so far, and the verdict on short and generic forms that follows from it.
 * Evidence only grows, so verdicts do not depend on the order in which texts arrive.
 */
import type { Cue } from './cues';
import type { EntityId } from './schema';
import type { Rule } from './terms';

export interface Evidence {
  /**
   * Record a full-form mention (by the gate and family of the alias that named it). Each
   * record-method returns whether the evidence grew: if not, no verdict can have changed.
   */
  named(rule: Rule): boolean;
  /** Record a family another person or treaty on the page belongs to ("person:kim-jong-un"). */
  other(family: string): boolean;
  cue(cue: Cue): boolean;
  /** Both topic cues seen: the page is about Russia and Korea. */
  topical(): boolean;
  verdict(rule: Rule): boolean;
}

export function createEvidence(): Evidence {
  /** Full-form mentions seen, by entity, as the gate and family of the alias that named it. */
  const named = new Map<EntityId, Rule[]>();
  const others = new Set<string>();
  const cues = new Set<Cue>();

  const topical = (): boolean => cues.has('russia') && cues.has('korea');
  const blocked = (family: string | null): boolean => family !== null && others.has(family);
  const isNamed = (entity: EntityId): boolean =>
    (named.get(entity) ?? []).some(
      (rule) =>
        rule.gate === 'always' || (rule.gate === 'topic' && topical() && !blocked(rule.family)),
    );
  /** A page about the summit: the treaty, or both leaders, named in full. */
  const summit = (): boolean =>
    isNamed('treaty-2024') || (isNamed('putin') && isNamed('kim-jong-un'));

  return {
    named(rule) {
      const list = named.get(rule.entity) ?? [];
      if (list.some((seen) => seen.gate === rule.gate && seen.family === rule.family)) return false;
      list.push({ entity: rule.entity, gate: rule.gate, family: rule.family });
      named.set(rule.entity, list);
      return true;
    },
    other(family) {
      if (others.has(family)) return false;
      others.add(family);
      return true;
    },
    cue(cue) {
      if (cues.has(cue)) return false;
      cues.add(cue);
      return true;
    },
    topical,
    verdict(rule) {
      switch (rule.gate) {
        case 'always':
          return true;
        case 'topic':
          return topical() && !blocked(rule.family);
        case 'named':
          return isNamed(rule.entity) && !blocked(rule.family);
        case 'named-or-summit':
          return (isNamed(rule.entity) || summit()) && !blocked(rule.family);
        case 'new':
          return isNamed('treaty-2024') && !blocked(rule.family);
      }
    },
  };
}
