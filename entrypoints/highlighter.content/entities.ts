/**
 * What the content scripts need from `data/`: the entities, the matcher's compiled form, the
 * prefilter's anchor words (for the loader) and how many sources speak of each entity (for the
 * highlight's accessible name). All computed at BUILD time: the `precompute` plugin
 * (scripts/precompute.ts, in wxt.config.ts) runs this module in Node and ships each export as
 * JSON, so a page pays neither the zod parse nor the matcher's derivation, and a script that
 * imports one export ships only that one. Under vitest it runs as written.
 */

import { compileMatcher } from '@/core/compile';
import { stripAssertions } from '@/core/pattern';
import { Claim, Dispute, Entity } from '@/core/schema';
import { buildTerms } from '@/core/terms';
import { z } from '@/core/zod';
import claims from '@/data/claims.json';
import disputes from '@/data/disputes.json';
import raw from '@/data/entities.json';
import { anchorsOf } from './anchors';

export const ENTITIES: readonly Entity[] = z.array(Entity).parse(raw);

export const COMPILED_MATCHER = compileMatcher({ entities: ENTITIES });

/**
 * Words one of which any text the prefilter accepts holds (anchors.ts), from the same paths as
 * the prefilter (core/compile.ts: the entities' aliases and references, assertions stripped).
 */
export const PREFILTER_ANCHORS = (() => {
  const { terms, sources } = buildTerms({ entities: ENTITIES });
  return anchorsOf(
    sources.filter((_, i) => terms[i]?.entity !== null).map((source) => stripAssertions(source)),
  );
})();

/** Entity id → the distinct sources its claims and disputes cite. */
export const SOURCE_COUNTS: Readonly<Record<string, number>> = (() => {
  const sources = new Map<string, Set<string>>();
  const cite = (about: readonly string[], source: string) => {
    for (const id of about) {
      const set = sources.get(id) ?? new Set<string>();
      set.add(source);
      sources.set(id, set);
    }
  };
  for (const claim of z.array(Claim).parse(claims)) {
    for (const evidence of claim.evidence) cite(claim.about, evidence.source);
  }
  for (const dispute of z.array(Dispute).parse(disputes)) {
    for (const account of dispute.accounts) {
      for (const evidence of account.evidence) cite(dispute.about, evidence.source);
    }
  }
  return Object.fromEntries(
    ENTITIES.map((entity) => [entity.id, sources.get(entity.id)?.size ?? 0]),
  );
})();
