/**
 * The shape of `data/` (contract: shared/DESIGN.md). Types flow from these schemas to the UI,
 * so nothing downstream declares its own copy of a data type.
 */

import { ENTITY_IDS } from './ids';
import { VIA_NAMES } from './provenance';
import { z } from './zod';

export const SOURCE_IDS = ['eir', 'asiae', 'koreaherald', 'joongang', 'epochtimes'] as const;

/** Kept in ids.ts, which the content script reads without loading zod. */
export { ENTITY_IDS } from './ids';

export const LANGS = ['en', 'ko', 'ru'] as const;

export const SourceId = z.enum(SOURCE_IDS);
export const EntityId = z.enum(ENTITY_IDS);
export const EntityKind = z.enum(['treaty', 'leader', 'delegate']);
export const Side = z.enum(['russia', 'dprk', 'both']);

const text = z.string().trim().min(1);

export const Source = z.strictObject({
  id: SourceId,
  outlet: text,
  title: text,
  byline: text.nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD'),
  file: z.string().regex(/^sources\/[a-z]+\.txt$/, 'file must be sources/<id>.txt'),
  attribution: z.enum(['printed', 'inferred']),
});

/** Aliases by language; en, ko and ru are required, more languages are welcome. */
export const Aliases = z
  .object({ en: z.array(text), ko: z.array(text), ru: z.array(text) })
  .catchall(z.array(text));

export const Entity = z.strictObject({
  id: EntityId,
  kind: EntityKind,
  name: text,
  role: text,
  side: Side,
  aliases: Aliases,
});

/** Where the outlet got the passage, from the fixed list in core/provenance.ts; absent: its own. */
export const Via = z.array(z.enum(VIA_NAMES)).min(1);

export const Evidence = z.strictObject({ source: SourceId, quote: text, via: Via.optional() });

export const Claim = z.strictObject({
  id: text,
  about: z.array(EntityId).min(1),
  statement: text,
  evidence: z.array(Evidence),
  /**
   * Disputes whose accounts this claim may share passages with, because the claim takes no side
   * in them: it states only what their accounts have in common ("Putin and Kim held talks"
   * beside a dispute over how long), or another point of the same sentence. Reviewed case by
   * case (docs/editorial.md). Not in DESIGN's contract: an optional marker the validator reads.
   */
  commonGround: z.array(text).min(1).optional(),
});

export const Account = z.strictObject({ statement: text, evidence: z.array(Evidence) });

/**
 * `fact`: when, where, how long, how many, what was signed or replaced, who did what;
 * `characterisation`: how someone described it; `naming`: spellings, transliterations, an
 * outlet's typo. The popover shows them in this order, naming apart (docs/editorial.md).
 */
export const DISPUTE_KINDS = ['fact', 'characterisation', 'naming'] as const;
export const DisputeKind = z.enum(DISPUTE_KINDS);

export const Dispute = z.strictObject({
  id: text,
  about: z.array(EntityId).min(1),
  kind: DisputeKind,
  question: text,
  accounts: z.array(Account),
});

export type SourceId = z.infer<typeof SourceId>;
export type EntityId = z.infer<typeof EntityId>;
export type EntityKind = z.infer<typeof EntityKind>;
export type Side = z.infer<typeof Side>;
export type Lang = (typeof LANGS)[number];
export type Source = z.infer<typeof Source>;
export type Aliases = z.infer<typeof Aliases>;
export type Entity = z.infer<typeof Entity>;
export type Evidence = z.infer<typeof Evidence>;
export type Claim = z.infer<typeof Claim>;
export type Account = z.infer<typeof Account>;
export type Dispute = z.infer<typeof Dispute>;
export type DisputeKind = z.infer<typeof DisputeKind>;
