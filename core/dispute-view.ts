/**
 * The card for a statement on the page that takes a side in a dispute (core/detectors.ts): the
 * question, which account the page's phrase matches — "This page: 2:22 a.m. — like Russian
 * media, via Korea JoongAng Daily" — and the other accounts with their outlets and citations.
 * Pure, like views.ts, whose dispute view it builds on (same citations, same outlet order).
 *
 * Neutral wording: the page's phrase is "like" an account, never "confirmed" or "wrong"; the
 * matched account comes first only because it is the one the reader just read, and the others
 * keep their data order.
 */
import type { KnowledgeBase } from './knowledge';
import type { DisputeKind } from './schema';
import { type AccountView, type Citation, disputeView } from './views';

export interface StatementAccount extends AccountView {
  /** Index in data/disputes.json, for the source viewer and tests. */
  index: number;
  /** Who says so, for the line: "Russian media, via Korea JoongAng Daily"; "Korea Herald". */
  who: string;
}

export interface StatementCard {
  disputeId: string;
  kind: DisputeKind;
  question: string;
  /** The page's phrase as it reads (whitespace collapsed, long ones shortened). */
  stated: string;
  /** The account the phrase matches. */
  matched: StatementAccount;
  /** "This page: 2:22 a.m. — like Russian media, via Korea JoongAng Daily". */
  line: string;
  /** Every other account, in data order. */
  others: StatementAccount[];
}

const MAX_STATED = 80;

/** "Russian media, via Korea JoongAng Daily" for a cited passage that names its origin. */
function whoOf(citation: Citation): string {
  if (!citation.via || citation.via.length === 0) return citation.label;
  return `${listOf(citation.via)}, via ${citation.label}`;
}

/** Outlets as a list; with semicolons once one of them names an origin ("TASS and Yonhap, via …"). */
function whoOfAll(citations: readonly Citation[]): string {
  const parts = citations.map(whoOf);
  return citations.some((citation) => citation.via?.length) ? parts.join('; ') : listOf(parts);
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_STATED ? `${flat.slice(0, MAX_STATED - 1).trimEnd()}…` : flat;
}

/**
 * `account`: as a detection gives it — an index, or an account `id` once accounts have one.
 * Throws on an unknown dispute or account: detectors are validated against the same data.
 */
export function statementCard(options: {
  knowledge: KnowledgeBase;
  disputeId: string;
  account: number | string;
  stated: string;
}): StatementCard {
  const { knowledge, disputeId, account, stated } = options;
  const dispute = knowledge.disputes.find((candidate) => candidate.id === disputeId);
  if (!dispute) throw new Error(`statementCard: unknown dispute ${disputeId}`);
  const index =
    typeof account === 'number'
      ? account
      : dispute.accounts.findIndex((candidate) => (candidate as { id?: unknown }).id === account);
  const view = disputeView({ knowledge, dispute });
  const accounts = view.accounts.map(
    (accountView, at): StatementAccount => ({
      ...accountView,
      index: at,
      who: whoOfAll(accountView.citations),
    }),
  );
  const matched = accounts[index];
  if (!matched) throw new Error(`statementCard: ${disputeId} has no account ${String(account)}`);
  const phrase = shorten(stated);
  return {
    disputeId,
    kind: view.kind,
    question: view.question,
    stated: phrase,
    matched,
    line: `This page: ${phrase} — like ${matched.who}`,
    others: accounts.filter((other) => other.index !== index),
  };
}
