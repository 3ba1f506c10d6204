/**
 * What a page has shown so far, and the verdict on short and generic forms that follows from it.
 * Evidence only grows, so verdicts do not depend on the order in which texts arrive.
 */
import type { CueHit } from './cues';
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
  /** Record a cue word seen on the page (distinct words are counted). */
  cue(hit: CueHit): boolean;
  /** Both topic cues seen: the page is about Russia and Korea. */
  topical(): boolean;
  /**
   * No cue word can change a verdict any more: the page is topical and shows `SETTLED` distinct
   * words of Russia and North Korea (so the caller may stop looking for cue words).
   */
  settled(): boolean;
  verdict(rule: Rule): boolean;
}

/**
 * Distinct words of Russia and North Korea that settle what a page is about, whatever else it
 * shows: a summit report with a sports sidebar is still a summit report. (The pages of namesakes
 * in the fixtures show 1–7; summit reports 6–15.) Also what lets a page stop looking for cues.
 */
export const SETTLED = 8;

export function createEvidence(): Evidence {
  /** Full-form mentions seen, by entity, as the gate and family of the alias that named it. */
  const named = new Map<EntityId, Rule[]>();
  const others = new Set<string>();
  /** Distinct cue words seen, by what they show. */
  const russia = new Set<number>();
  const korea = new Set<number>();
  const dprk = new Set<number>();
  const elsewhere = new Set<number>();
  /** Distinct words that show Russia or North Korea. */
  const affairs = new Set<number>();

  const topical = (): boolean => russia.size > 0 && korea.size > 0;
  /**
   * The page is about Russia–North Korea affairs (`withRussia`) or North Korea, and its cues of
   * other worlds — film, sport, entertainment, courts, politics, the military — are fewer: on a
   * page about an actor that mentions North Korea once, his name is his.
   */
  const about = (withRussia: boolean): boolean =>
    dprk.size > 0 &&
    (!withRussia || russia.size > 0) &&
    (affairs.size >= SETTLED || elsewhere.size < affairs.size);
  const blocked = (family: string | null): boolean => family !== null && others.has(family);
  const verdict = (rule: Rule): boolean => {
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
      case 'affairs':
        return about(true) && !blocked(rule.family);
      case 'dprk':
        return about(false) && !blocked(rule.family);
    }
  };
  // Named by a rule that holds on this page; the rules of full forms ('always', 'topic',
  // 'affairs', 'dprk') do not depend on what is named, so this never loops.
  const isNamed = (entity: EntityId): boolean =>
    (named.get(entity) ?? []).some((rule) => verdict(rule));
  /** A page about the summit: the treaty, or both leaders, named in full. */
  const summit = (): boolean =>
    isNamed('treaty-2024') || (isNamed('putin') && isNamed('kim-jong-un'));

  const add = (set: Set<number>, word: number): boolean => {
    if (set.has(word)) return false;
    set.add(word);
    return true;
  };

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
    cue({ word, cues }) {
      let grew = false;
      for (const cue of cues) {
        const set = { russia, korea, dprk, elsewhere }[cue];
        if (add(set, word)) grew = true;
        if ((cue === 'russia' || cue === 'dprk') && add(affairs, word)) grew = true;
      }
      return grew;
    },
    topical,
    settled: () => topical() && russia.size > 0 && dprk.size > 0 && affairs.size >= SETTLED,
    verdict,
  };
}
