/**
 * The editorial rules the validator enforces beyond the schema (docs/editorial.md says why each
 * exists): a dispute's accounts rest on different passages; a passage is never evidence both for
 * a claim and for an account that differs from it, unless the claim is marked as stating only
 * their common ground; a naming variant is written as its quotes write it; and a treaty alias is
 * either used by a source or on the reviewed list of standard names.
 *
 * Pure, like knowledge.ts: texts come in as values, and without them the checks that need them
 * fall back to comparing quotes (or, for aliases, are skipped).
 */
import type { Claim, Dispute, Entity, Evidence, SourceId } from './schema';

/** One problem; `reason` starts with the path inside the item, as the other violations do. */
export interface RuleViolation {
  file: string;
  id: string;
  reason: string;
}

const CLAIMS = 'data/claims.json';
const DISPUTES = 'data/disputes.json';
const ENTITIES = 'data/entities.json';
export const STANDARD_TREATY_NAMES = 'data/lexicon/standard-treaty-names.json';

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Where quotes sit in their articles, so that "the same passage" means the same stretch of text
 * (a quote and a longer quote around it overlap) rather than the same string.
 */
export class Passages {
  private readonly texts: Map<SourceId, string>;

  constructor(texts: Partial<Record<SourceId, string>> | undefined) {
    this.texts = new Map(
      Object.entries(texts ?? {}).map(([id, text]) => [id as SourceId, collapse(text ?? '')]),
    );
  }

  /** Whether two pieces of evidence quote overlapping text of the same article. */
  overlap(a: Evidence, b: Evidence): boolean {
    if (a.source !== b.source) return false;
    const qa = collapse(a.quote).trim();
    const qb = collapse(b.quote).trim();
    const text = this.texts.get(a.source);
    const sa = text?.indexOf(qa) ?? -1;
    const sb = text?.indexOf(qb) ?? -1;
    // The first occurrence is the passage the viewer opens; without the text, compare quotes.
    if (sa < 0 || sb < 0) return qa.includes(qb) || qb.includes(qa);
    return sa < sb + qb.length && sb < sa + qa.length;
  }
}

const where = (account: number, evidence: number) => `accounts[${account}].evidence[${evidence}]`;

/**
 * A dispute is two or more accounts that rest on different passages: two accounts citing the
 * same passage are one account (or a misreading of it).
 */
export function checkAccounts(options: {
  dispute: Dispute;
  passages: Passages;
  violations: RuleViolation[];
}): void {
  const { dispute, passages, violations } = options;
  const seen: { evidence: Evidence; at: string; account: number }[] = [];
  dispute.accounts.forEach((account, a) => {
    account.evidence.forEach((evidence, e) => {
      const same = seen.find((s) => s.account !== a && passages.overlap(s.evidence, evidence));
      if (same) {
        violations.push({
          file: DISPUTES,
          id: dispute.id,
          reason: `${where(a, e)}: the same passage of ${evidence.source} as ${same.at}: two accounts need different evidence`,
        });
      }
      seen.push({ evidence, at: where(a, e), account: a });
    });
  });
}

/**
 * A naming dispute lists how a name is written, and the card shows its accounts as written
 * forms ("Also written: Yury Ushakov · Yuri Ushakov"): each account's statement must be found,
 * as written, in every quote it cites.
 */
export function checkNamingForms(options: { dispute: Dispute; violations: RuleViolation[] }): void {
  const { dispute, violations } = options;
  if (dispute.kind !== 'naming') return;
  dispute.accounts.forEach((account, a) => {
    account.evidence.forEach((evidence, e) => {
      if (!collapse(evidence.quote).includes(collapse(account.statement))) {
        violations.push({
          file: DISPUTES,
          id: dispute.id,
          reason: `${where(a, e)}: a naming account's statement is the form as written, and "${account.statement}" is not in this quote`,
        });
      }
    });
  });
}

/**
 * No passage supports both a claim and an account of a fact or characterisation dispute about
 * the same point: shown under "Corroborated" and "Differing accounts", it would say the sources
 * agree and disagree at once. A claim may share passages with a dispute it lists in
 * `commonGround` (it states only what the accounts agree on); a listed dispute must exist and
 * must share a passage, so the marker cannot go stale. Naming disputes are about how a name is
 * written, which no claim contradicts.
 */
export function checkContradictions(options: {
  claims: readonly Claim[];
  disputes: readonly Dispute[];
  passages: Passages;
  violations: RuleViolation[];
}): void {
  const { claims, disputes, passages, violations } = options;
  const byId = new Map(disputes.map((d) => [d.id, d]));
  for (const claim of claims) {
    const allowed = new Set(claim.commonGround ?? []);
    const shared = new Set<string>();
    for (const dispute of disputes) {
      dispute.accounts.forEach((account, a) => {
        account.evidence.forEach((evidence, e) => {
          claim.evidence.forEach((mine, m) => {
            if (!passages.overlap(mine, evidence)) return;
            shared.add(dispute.id);
            if (dispute.kind === 'naming' || allowed.has(dispute.id)) return;
            violations.push({
              file: CLAIMS,
              id: claim.id,
              reason: `evidence[${m}]: the same passage of ${mine.source} is evidence for ${dispute.kind} dispute ${dispute.id} ${where(a, e)}: split the claim, or list the dispute in commonGround if the claim states only what its accounts share`,
            });
          });
        });
      });
    }
    (claim.commonGround ?? []).forEach((id, i) => {
      const dispute = byId.get(id);
      const reason =
        dispute === undefined
          ? `no dispute "${id}" in data/disputes.json`
          : shared.has(id)
            ? undefined
            : `shares no passage with dispute ${id}: the marker is not needed`;
      if (reason)
        violations.push({ file: CLAIMS, id: claim.id, reason: `commonGround[${i}]: ${reason}` });
    });
  }
}

/** data/lexicon/standard-treaty-names.json, as the validator reads it. */
export interface StandardNames {
  purpose: string;
  names: { entity: string; lang: string; names: string[]; why: string }[];
}

function isStandardNames(value: unknown): value is StandardNames {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.purpose === 'string' &&
    v.purpose.trim() !== '' &&
    Array.isArray(v.names) &&
    v.names.every(
      (n: unknown) =>
        typeof n === 'object' &&
        n !== null &&
        typeof (n as Record<string, unknown>).entity === 'string' &&
        typeof (n as Record<string, unknown>).lang === 'string' &&
        typeof (n as Record<string, unknown>).why === 'string' &&
        ((n as Record<string, unknown>).why as string).trim() !== '' &&
        Array.isArray((n as Record<string, unknown>).names) &&
        ((n as Record<string, unknown>).names as unknown[]).every((s) => typeof s === 'string'),
    )
  );
}

/**
 * A treaty alias is a name a source uses (found in one of the articles, compared as `key`
 * compares aliases) or a standard name or transliteration on the reviewed list. A label of the
 * project's own ("Mutual Defense Treaty") would highlight other countries' treaties on other
 * pages. The list is checked too: every name on it must be an alias of its entity, so it cannot
 * keep names that were removed.
 */
export function checkTreatyAliases(options: {
  entities: readonly Entity[];
  standard: unknown;
  texts: Partial<Record<SourceId, string>> | undefined;
  key: (alias: string) => string;
  violations: RuleViolation[];
}): void {
  const { entities, standard, texts, key, violations } = options;
  if (standard === undefined || texts === undefined) return;
  if (!isStandardNames(standard)) {
    violations.push({
      file: STANDARD_TREATY_NAMES,
      id: '(file)',
      reason:
        'expected { purpose, names: [{ entity, lang, names: [...], why }] } with a non-empty purpose and why',
    });
    return;
  }
  // Quotation marks are typography, not words: the Epoch Times' comprehensive “strategic
  // partnership” treaty uses the name "Comprehensive Strategic Partnership Treaty".
  const unquote = (text: string) => text.replace(/[‘’“”"]/g, '');
  const articles = Object.values(texts).map((text) => ` ${key(unquote(text ?? ''))} `);
  const listed = new Set(
    standard.names.flatMap((group) =>
      group.names.map((n) => `${group.entity}\n${group.lang}\n${key(n)}`),
    ),
  );
  const aliases = new Set<string>();
  for (const entity of entities) {
    if (entity.kind !== 'treaty') continue;
    for (const [lang, names] of Object.entries(entity.aliases)) {
      names.forEach((alias, i) => {
        const k = key(alias);
        aliases.add(`${entity.id}\n${lang}\n${k}`);
        if (listed.has(`${entity.id}\n${lang}\n${k}`)) return;
        if (articles.some((article) => article.includes(key(unquote(alias))))) return;
        violations.push({
          file: ENTITIES,
          id: entity.id,
          reason: `aliases.${lang}[${i}]: "${alias}" appears in no source and is not on the reviewed list (${STANDARD_TREATY_NAMES})`,
        });
      });
    }
  }
  standard.names.forEach((group, g) => {
    group.names.forEach((name, n) => {
      if (!aliases.has(`${group.entity}\n${group.lang}\n${key(name)}`)) {
        violations.push({
          file: STANDARD_TREATY_NAMES,
          id: group.entity,
          reason: `names[${g}].names[${n}]: "${name}" is not an aliases.${group.lang} entry of treaty ${group.entity} in data/entities.json`,
        });
      }
    });
  });
}
