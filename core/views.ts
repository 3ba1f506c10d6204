/**
 * What the popover says about one entity: the knowledge base regrouped into the card's sections.
 * Pure (no DOM) so the grouping, ordering and counts are unit-tested apart from any rendering.
 *
 * Neutrality rules live here rather than in the components: outlets always appear in the stable
 * order of data/sources.json (no outlet ranks above another), sections carry counts rather than
 * adjectives, and an outlet the article does not print is flagged as inferred wherever it shows.
 */
import { citationRef } from './citations';
import type { CitedClaim, KnowledgeBase } from './knowledge';
import { type Independence, independence, type ViaName } from './provenance';
import type {
  Dispute,
  DisputeKind,
  Entity,
  EntityId,
  EntityKind,
  Evidence,
  Side,
  Source,
  SourceId,
} from './schema';

/** One outlet as the card shows it. */
export interface OutletView {
  source: SourceId;
  /** The outlet's full name, as in data/sources.json. */
  outlet: string;
  /** A short name that fits a chip ("Korea Herald" for "The Korea Herald"). */
  label: string;
  /** True when the article does not print its outlet's name and the project inferred it. */
  inferred: boolean;
}

/** A citation: an outlet plus the passage of its article that supports a statement. */
export interface Citation extends OutletView {
  quote: string;
  /** Where the outlet got this passage, when it says (core/provenance.ts). */
  via?: readonly ViaName[];
  /** Where the quote is in the knowledge base (core/citations.ts): what opening it sends. */
  ref: string;
}

export interface ClaimView {
  id: string;
  statement: string;
  /** One citation per distinct source, in sources.json order. */
  citations: Citation[];
  /** Outlets and independent origins over all the claim's evidence. */
  independence: Independence;
}

export interface AccountView {
  statement: string;
  citations: Citation[];
}

export interface DisputeView {
  id: string;
  kind: DisputeKind;
  question: string;
  accounts: AccountView[];
}

/** A naming dispute as the card shows it: the forms a name is written in, apart and compact. */
export interface NamingView {
  id: string;
  question: string;
  /** Each account's statement is the form as written (the validator checks it in its quotes). */
  forms: AccountView[];
}

export interface EntityView {
  id: EntityId;
  name: string;
  role: string;
  kind: EntityKind;
  side: Side;
  kindLabel: string;
  sideLabel: string;
  /** Outlets whose article is about this entity, in sources.json order. */
  mentionedBy: OutletView[];
  /** How many sources are bundled (the "of 5"). */
  totalSources: number;
  /** Most independent origins first, then most outlets; ties keep data order. */
  corroborated: ClaimView[];
  /** Fact disputes, then characterisation disputes, each in data order. Never naming ones. */
  disputes: DisputeView[];
  /** Naming disputes: spellings, transliterations, typos ("Also written: …"). */
  namings: NamingView[];
  singleSource: ClaimView[];
  /**
   * The single-source list starts collapsed, except when it is all the card has to say: most
   * delegates have nothing else, and a card whose only content is hidden would look empty.
   */
  singleSourceOpen: boolean;
  /** Whether any outlet on the card is inferred, so the card can explain the marker once. */
  anyInferred: boolean;
}

const KIND_LABELS: Record<EntityKind, string> = {
  treaty: 'Treaty',
  leader: 'Leader',
  delegate: 'Delegate',
};

const SIDE_LABELS: Record<Side, string> = {
  russia: 'Russia',
  dprk: 'North Korea',
  both: 'Russia and North Korea',
};

/** Wording used wherever an inferred outlet is explained (chip titles, legend, viewer). */
export const INFERRED_NOTE = 'outlet inferred: the article text does not name it';

/** "The Korea Herald" → "Korea Herald"; "EIR News (Executive Intelligence Review)" → "EIR News". */
export function shortOutletName({ outlet }: { outlet: string }): string {
  const short = outlet
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/^The\s+/i, '')
    .trim();
  return short.length > 0 ? short : outlet;
}

export function outletView({ source }: { source: Source }): OutletView {
  return {
    source: source.id,
    outlet: source.outlet,
    label: shortOutletName({ outlet: source.outlet }),
    inferred: source.attribution === 'inferred',
  };
}

/** Index of every source in sources.json: the one order outlets are ever listed in. */
function sourceOrder(knowledge: KnowledgeBase): Map<SourceId, number> {
  return new Map(knowledge.sources.map((s, i) => [s.id, i]));
}

/** One citation per distinct source (its first quote), in sources.json order. */
function citationsFor({
  knowledge,
  evidence,
  owner,
  account,
}: {
  knowledge: KnowledgeBase;
  evidence: readonly Evidence[];
  /** The claim or dispute the evidence belongs to, and the dispute's account (core/citations). */
  owner: string;
  account?: number;
}): Citation[] {
  const order = sourceOrder(knowledge);
  const first = new Map<SourceId, { evidence: Evidence; index: number }>();
  evidence.forEach((e, index) => {
    if (!first.has(e.source)) first.set(e.source, { evidence: e, index });
  });
  return [...first]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(
      ([
        id,
        {
          evidence: { quote, via },
          index,
        },
      ]) => ({
        ...outletView({ source: knowledge.source(id) }),
        quote,
        ...(via && { via }),
        ref: citationRef({ owner, account, index }),
      }),
    );
}

/**
 * Independence over every piece of evidence (not only each outlet's first quote), its origins
 * named in sources.json order like everything else on the card.
 */
function independenceOf({
  knowledge,
  evidence,
}: {
  knowledge: KnowledgeBase;
  evidence: readonly Evidence[];
}): Independence {
  const order = sourceOrder(knowledge);
  const rank = (e: Evidence) => order.get(e.source) ?? 0;
  return independence(
    [...evidence]
      .sort((a, b) => rank(a) - rank(b))
      .map((e) => ({
        outlet: e.source,
        label: shortOutletName(knowledge.source(e.source)),
        via: e.via,
      })),
  );
}

function claimView({
  knowledge,
  claim,
}: {
  knowledge: KnowledgeBase;
  claim: CitedClaim;
}): ClaimView {
  return {
    id: claim.id,
    statement: claim.statement,
    citations: citationsFor({ knowledge, evidence: claim.evidence, owner: claim.id }),
    independence: independenceOf({ knowledge, evidence: claim.evidence }),
  };
}

/** One dispute as the card shows it (also the statement card's base, core/dispute-view.ts). */
export function disputeView({
  knowledge,
  dispute,
}: {
  knowledge: KnowledgeBase;
  dispute: Dispute;
}): DisputeView {
  return {
    id: dispute.id,
    kind: dispute.kind,
    question: dispute.question,
    accounts: dispute.accounts.map((account, index) => ({
      statement: account.statement,
      citations: citationsFor({
        knowledge,
        evidence: account.evidence,
        owner: dispute.id,
        account: index,
      }),
    })),
  };
}

/** The card for `id`: header facts plus corroborated, disputed and single-source sections. */
export function entityView({
  knowledge,
  id,
}: {
  knowledge: KnowledgeBase;
  id: EntityId;
}): EntityView {
  const entity: Entity = knowledge.entity(id);
  const order = sourceOrder(knowledge);
  const claims = knowledge.claimsAbout(id).map((claim) => claimView({ knowledge, claim }));

  // Sorts are stable, so ties keep the knowledge base's order rather than an invented ranking.
  // Independent origins first: five outlets repeating one agency say less than three reporting.
  const corroborated = claims
    .filter((c) => c.citations.length >= 2)
    .sort(
      (a, b) =>
        b.independence.origins.length - a.independence.origins.length ||
        b.independence.outlets - a.independence.outlets,
    );
  // Single-source claims are grouped by outlet in sources.json order: a fixed order, not a rank.
  const rank = (c: ClaimView) => order.get(c.citations[0]?.source ?? 'eir') ?? 0;
  const singleSource = claims
    .filter((c) => c.citations.length === 1)
    .sort((a, b) => rank(a) - rank(b));
  const all = knowledge.disputesAbout(id).map((dispute) => disputeView({ knowledge, dispute }));
  const disputes = [
    ...all.filter((d) => d.kind === 'fact'),
    ...all.filter((d) => d.kind === 'characterisation'),
  ];
  const namings: NamingView[] = all
    .filter((d) => d.kind === 'naming')
    .map(({ id: namingId, question, accounts }) => ({ id: namingId, question, forms: accounts }));

  const mentionedBy = [...knowledge.sourcesAbout(id)]
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map((s) => outletView({ source: knowledge.source(s) }));

  const shown: OutletView[] = [
    ...mentionedBy,
    ...claims.flatMap((c) => c.citations),
    ...all.flatMap((d) => d.accounts.flatMap((a) => a.citations)),
  ];

  return {
    id: entity.id,
    name: entity.name,
    role: entity.role,
    kind: entity.kind,
    side: entity.side,
    kindLabel: KIND_LABELS[entity.kind],
    sideLabel: SIDE_LABELS[entity.side],
    mentionedBy,
    totalSources: knowledge.sources.length,
    corroborated,
    disputes,
    namings,
    singleSource,
    singleSourceOpen: corroborated.length === 0 && disputes.length === 0,
    anyInferred: shown.some((o) => o.inferred),
  };
}

/** "3 of 5 sources" — counts, never adjectives. */
export function sourceCount({ count, total }: { count: number; total: number }): string {
  return `${count} of ${total} ${total === 1 ? 'source' : 'sources'}`;
}
