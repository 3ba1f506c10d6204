/**
 * The knowledge base: the four data files checked against `core/schema.ts` and against each other,
 * then indexed once for the lookups the highlighter, popover and viewer make on every hover.
 *
 * Pure: it takes already-read JSON values (and, optionally, the article texts) so that the same
 * code runs in the content script (no texts: they are not bundled there), in unit tests, and in
 * the build hook that reads `data/` from disk.
 */

import {
  checkAccounts,
  checkContradictions,
  checkNamingForms,
  checkTreatyAliases,
  Passages,
} from './editorial-rules';
import {
  Claim,
  Dispute,
  ENTITY_IDS,
  Entity,
  type EntityId,
  type Evidence,
  LANGS,
  SOURCE_IDS,
  Source,
  type SourceId,
} from './schema';
import type { z } from './zod';

export interface RawData {
  sources: unknown;
  entities: unknown;
  claims: unknown;
  disputes: unknown;
  /**
   * data/lexicon/standard-treaty-names.json: the reviewed treaty names no source uses. Read by
   * the validator (with the texts); the extension's own copy of the data leaves it out.
   */
  standardTreatyNames?: unknown;
}

/** One problem in the data; `file` is relative to the project root, e.g. `data/claims.json`. */
export interface Violation {
  file: string;
  id: string;
  reason: string;
}

export class KnowledgeError extends Error {
  readonly violations: readonly Violation[];

  constructor(violations: readonly Violation[]) {
    super(violations.map(formatViolation).join('\n'));
    this.name = 'KnowledgeError';
    this.violations = violations;
  }
}

export function formatViolation(violation: Violation): string {
  return `${violation.file}: ${violation.id}: ${violation.reason}`;
}

export type ClaimStatus = 'corroborated' | 'single-source';

export interface CitedClaim extends Claim {
  /** Distinct sources of the evidence, in `sources.json` order. */
  sources: readonly SourceId[];
  status: ClaimStatus;
}

export interface KnowledgeBase {
  sources: readonly Source[];
  entities: readonly Entity[];
  claims: readonly CitedClaim[];
  disputes: readonly Dispute[];
  source(id: SourceId): Source;
  entity(id: EntityId): Entity;
  /** Most-corroborated first (distinct sources, descending); ties keep data order. */
  claimsAbout(id: EntityId): readonly CitedClaim[];
  disputesAbout(id: EntityId): readonly Dispute[];
  /** Distinct sources cited by the claims and disputes about `id`, in `sources.json` order. */
  sourcesAbout(id: EntityId): readonly SourceId[];
}

export interface KnowledgeOptions {
  data: RawData;
  /** Source id → article text. When given, every quote must be found in its source. */
  texts?: Partial<Record<SourceId, string>>;
}

export const DATA_FILES = {
  sources: 'data/sources.json',
  entities: 'data/entities.json',
  claims: 'data/claims.json',
  disputes: 'data/disputes.json',
} as const;

interface Checked {
  violations: Violation[];
  sources: Source[];
  entities: Entity[];
  claims: Claim[];
  disputes: Dispute[];
}

/** Every problem in the data, in file order; empty when the data is sound. */
export function validateKnowledge(options: KnowledgeOptions): Violation[] {
  return check(options).violations;
}

/** Validates, then indexes. Throws a KnowledgeError listing every violation. */
export function createKnowledgeBase(options: KnowledgeOptions): KnowledgeBase {
  const checked = check(options);
  if (checked.violations.length > 0) throw new KnowledgeError(checked.violations);
  return index(checked);
}

/**
 * Whitespace runs collapsed to one space: quotes are copied from articles whose line breaks
 * and double spaces differ from the quote's, and that is the only liberty a quote may take.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The form in which two aliases count as the same name: a matcher that treats case, hyphens
 * ("Kim Jong-un" / "Kim Jong Un") and ё/е alike would otherwise attribute one mention to
 * two entities.
 */
export function aliasKey(alias: string): string {
  return collapseWhitespace(
    alias
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, ' '),
  ).trim();
}

function check({ data, texts }: KnowledgeOptions): Checked {
  const violations: Violation[] = [];
  const sources = parseFile({
    file: DATA_FILES.sources,
    raw: data.sources,
    schema: Source,
    violations,
  });
  const entities = parseFile({
    file: DATA_FILES.entities,
    raw: data.entities,
    schema: Entity,
    violations,
  });
  const claims = parseFile({
    file: DATA_FILES.claims,
    raw: data.claims,
    schema: Claim,
    violations,
  });
  const disputes = parseFile({
    file: DATA_FILES.disputes,
    raw: data.disputes,
    schema: Dispute,
    violations,
  });

  checkSources({ raw: data.sources, sources, texts, violations });
  checkEntities({ raw: data.entities, entities, violations });

  const checkEvidence = evidenceChecker({ sources, texts, violations });

  checkDuplicateIds({ file: DATA_FILES.claims, raw: data.claims, violations });
  for (const claim of claims) {
    if (claim.evidence.length === 0) {
      violations.push({
        file: DATA_FILES.claims,
        id: claim.id,
        reason: 'no evidence: a claim needs at least one quote',
      });
    }
    checkEvidence({ file: DATA_FILES.claims, id: claim.id, at: '', evidence: claim.evidence });
  }

  checkDuplicateIds({ file: DATA_FILES.disputes, raw: data.disputes, violations });
  for (const dispute of disputes) {
    if (dispute.accounts.length < 2) {
      violations.push({
        file: DATA_FILES.disputes,
        id: dispute.id,
        reason: `${dispute.accounts.length} account(s): a dispute needs at least two`,
      });
    }
    dispute.accounts.forEach((account, i) => {
      if (account.evidence.length === 0) {
        violations.push({
          file: DATA_FILES.disputes,
          id: dispute.id,
          reason: `accounts[${i}]: no evidence: an account needs at least one quote`,
        });
      }
      checkEvidence({
        file: DATA_FILES.disputes,
        id: dispute.id,
        at: `accounts[${i}].`,
        evidence: account.evidence,
      });
    });
  }

  // The editorial rules compare passages in their articles, so they run where the texts are
  // (the validator and the build); the extension's copy was checked there before it shipped.
  if (texts) {
    const passages = new Passages(texts);
    for (const dispute of disputes) {
      checkAccounts({ dispute, passages, violations });
      checkNamingForms({ dispute, violations });
    }
    checkContradictions({ claims, disputes, passages, violations });
    checkTreatyAliases({
      entities,
      standard: data.standardTreatyNames,
      texts,
      key: aliasKey,
      violations,
    });
  }

  return { violations, sources, entities, claims, disputes };
}

/** Items by each entity they are about, in data order (an id listed twice counts once). */
function groupByEntity<T extends { about: readonly EntityId[] }>(
  items: readonly T[],
): Map<EntityId, T[]> {
  const groups = new Map<EntityId, T[]>();
  for (const item of items) {
    for (const id of new Set(item.about)) {
      const group = groups.get(id);
      if (group) group.push(item);
      else groups.set(id, [item]);
    }
  }
  return groups;
}

/**
 * Checks each piece of evidence: its source is listed, and (when texts are given) its quote
 * occurs in that source. Each article is collapsed once, however many quotes cite it.
 */
function evidenceChecker(options: {
  sources: readonly Source[];
  texts: KnowledgeOptions['texts'];
  violations: Violation[];
}): (at: { file: string; id: string; at: string; evidence: readonly Evidence[] }) => void {
  const { texts, violations } = options;
  const known = new Set(options.sources.map((source) => source.id));
  const collapsed = new Map<SourceId, string>();
  const haystackOf = (source: SourceId): string | undefined => {
    const text = texts?.[source];
    if (text === undefined) return undefined; // no texts given, or reported once as missing
    let haystack = collapsed.get(source);
    if (haystack === undefined) {
      haystack = collapseWhitespace(text);
      collapsed.set(source, haystack);
    }
    return haystack;
  };
  return ({ file, id, at, evidence }) => {
    evidence.forEach(({ source, quote }, i) => {
      const where = `${at}evidence[${i}]`;
      if (!known.has(source)) {
        violations.push({
          file,
          id,
          reason: `${where}: source "${source}" is not in sources.json`,
        });
        return;
      }
      const haystack = haystackOf(source);
      if (haystack !== undefined && !haystack.includes(collapseWhitespace(quote))) {
        violations.push({
          file,
          id,
          reason: `${where}: quote not found in ${source}: "${excerpt(quote)}"`,
        });
      }
    });
  };
}

function excerpt(quote: string): string {
  const flat = collapseWhitespace(quote);
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/** The items that pass the schema; each failure becomes one violation per zod issue. */
function parseFile<T extends z.ZodType>(options: {
  file: string;
  raw: unknown;
  schema: T;
  violations: Violation[];
}): z.output<T>[] {
  const { file, raw, schema, violations } = options;
  if (!Array.isArray(raw)) {
    violations.push({ file, id: '(file)', reason: 'expected a JSON array of items' });
    return [];
  }
  const parsed: z.output<T>[] = [];
  raw.forEach((item: unknown, i) => {
    const result = schema.safeParse(item);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      violations.push({ file, id: itemId(item, i), reason: describeIssue({ file, item, issue }) });
    }
  });
  return parsed;
}

/** The item's own id when it has one, so the author can search for it; else its position. */
function itemId(item: unknown, index: number): string {
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  }
  return out;
}

function valueAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let value = item;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * zod's message for a bad enum value lists all 22 entity ids; say instead which id is unknown,
 * which is what the author needs to fix a typo.
 */
function describeIssue(options: { file: string; item: unknown; issue: z.core.$ZodIssue }): string {
  const { file, item, issue } = options;
  const path = formatPath(issue.path);
  const at = path === '' ? '' : `${path}: `;
  if (issue.code === 'invalid_value') {
    const value = JSON.stringify(valueAt(item, issue.path));
    const last = issue.path[issue.path.length - 1];
    const inAbout = issue.path[0] === 'about';
    if (inAbout || (last === 'id' && file === DATA_FILES.entities)) {
      return `${at}unknown entity id ${value} (the ids are listed in core/schema.ts ENTITY_IDS)`;
    }
    if (last === 'source' || (last === 'id' && file === DATA_FILES.sources)) {
      return `${at}unknown source id ${value} (known: ${SOURCE_IDS.join(', ')})`;
    }
    if (issue.path.includes('via')) {
      return `${at}unknown via name ${value} (the fixed list is VIA_NAMES in core/provenance.ts)`;
    }
  }
  return `${at}${issue.message}`;
}

function checkDuplicateIds(options: { file: string; raw: unknown; violations: Violation[] }): void {
  const { file, raw, violations } = options;
  if (!Array.isArray(raw)) return;
  const positions = new Map<string, number[]>();
  raw.forEach((item: unknown, i) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    positions.set(id, [...(positions.get(id) ?? []), i]);
  });
  for (const [id, at] of positions) {
    if (at.length > 1) {
      violations.push({
        file,
        id,
        reason: `duplicate id: items ${at.map((i) => `#${i}`).join(', ')}`,
      });
    }
  }
}

function presentIds(raw: unknown): Set<unknown> {
  return new Set(
    Array.isArray(raw) ? raw.map((item: unknown) => (isRecord(item) ? item.id : undefined)) : [],
  );
}

function checkSources(options: {
  raw: unknown;
  sources: readonly Source[];
  texts: KnowledgeOptions['texts'];
  violations: Violation[];
}): void {
  const { raw, sources, texts, violations } = options;
  const file = DATA_FILES.sources;
  checkDuplicateIds({ file, raw, violations });
  // Presence is judged on the raw ids so that a source failing the schema is not also "missing".
  const present = presentIds(raw);
  for (const id of SOURCE_IDS) {
    if (!present.has(id))
      violations.push({ file, id, reason: 'missing: every source id must be present' });
  }
  for (const source of sources) {
    const expected = `sources/${source.id}.txt`;
    if (source.file !== expected) {
      violations.push({
        file,
        id: source.id,
        reason: `file is "${source.file}", expected "${expected}"`,
      });
    }
    if (texts && texts[source.id] === undefined) {
      violations.push({
        file: `data/${expected}`,
        id: source.id,
        reason: 'source text is missing',
      });
    }
  }
}

function checkEntities(options: {
  raw: unknown;
  entities: readonly Entity[];
  violations: Violation[];
}): void {
  const { raw, entities, violations } = options;
  const file = DATA_FILES.entities;
  checkDuplicateIds({ file, raw, violations });
  const present = presentIds(raw);
  for (const id of ENTITY_IDS) {
    if (!present.has(id))
      violations.push({ file, id, reason: 'missing: every entity id must be present' });
  }

  const owners = new Map<string, { entity: EntityId; alias: string; lang: string }>();
  const reported = new Set<string>();
  for (const entity of entities) {
    for (const lang of LANGS) {
      if (entity.aliases[lang].length === 0) {
        violations.push({
          file,
          id: entity.id,
          reason: `aliases.${lang} is empty: every entity needs an alias in ${LANGS.join('/')}`,
        });
      }
    }
    for (const [lang, aliases] of Object.entries(entity.aliases)) {
      for (const alias of aliases) {
        const key = aliasKey(alias);
        const owner = owners.get(key);
        if (owner === undefined) {
          owners.set(key, { entity: entity.id, alias, lang });
        } else if (owner.entity !== entity.id && !reported.has(`${entity.id}\n${key}`)) {
          reported.add(`${entity.id}\n${key}`);
          violations.push({
            file,
            id: entity.id,
            reason: `aliases.${lang}: "${alias}" is also an alias of ${owner.entity} ("${owner.alias}", ${owner.lang})`,
          });
        }
      }
    }
  }
}

function index({ sources, entities, claims, disputes }: Checked): KnowledgeBase {
  const sourceOrder = new Map(sources.map((source, i) => [source.id, i]));
  const inSourceOrder = (ids: Iterable<SourceId>): readonly SourceId[] =>
    Object.freeze(
      [...new Set(ids)].sort((a, b) => (sourceOrder.get(a) ?? 0) - (sourceOrder.get(b) ?? 0)),
    );

  const cited: CitedClaim[] = claims.map((claim) => {
    const ids = inSourceOrder(claim.evidence.map((evidence) => evidence.source));
    return { ...claim, sources: ids, status: ids.length >= 2 ? 'corroborated' : 'single-source' };
  });

  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const claimsByEntity = groupByEntity(cited);
  const disputesByEntity = groupByEntity(disputes);
  const sourcesByEntity = new Map<EntityId, readonly SourceId[]>();
  for (const about of claimsByEntity.values()) {
    // Array.prototype.sort is stable, so equally corroborated claims stay in data order.
    Object.freeze(about.sort((a, b) => b.sources.length - a.sources.length));
  }
  for (const about of disputesByEntity.values()) Object.freeze(about);
  for (const id of ENTITY_IDS) {
    const fromClaims = (claimsByEntity.get(id) ?? []).flatMap((claim) => claim.sources);
    const fromDisputes = (disputesByEntity.get(id) ?? []).flatMap((dispute) =>
      dispute.accounts.flatMap((account) => account.evidence.map((evidence) => evidence.source)),
    );
    sourcesByEntity.set(id, inSourceOrder([...fromClaims, ...fromDisputes]));
  }

  const lookup = <K, V>(map: ReadonlyMap<K, V>, kind: string, id: K): V => {
    const value = map.get(id);
    if (value === undefined) throw new Error(`Unknown ${kind} id: ${String(id)}`);
    return value;
  };
  const none: readonly never[] = Object.freeze([]);

  return {
    sources: Object.freeze(sources),
    entities: Object.freeze(entities),
    claims: Object.freeze(cited),
    disputes: Object.freeze(disputes),
    source: (id) => lookup(sourceById, 'source', id),
    entity: (id) => lookup(entityById, 'entity', id),
    claimsAbout: (id) => claimsByEntity.get(id) ?? none,
    disputesAbout: (id) => disputesByEntity.get(id) ?? none,
    sourcesAbout: (id) => sourcesByEntity.get(id) ?? none,
  };
}
