/**
 * Citation references: what the popover sends when a reader asks to open a passage, and what
 * the background turns back into a source and a quote. A reference names a place in the bundled
 * knowledge base — `<claim id>#<evidence index>`, or `<dispute id>/<account index>#<evidence
 * index>` — never text: the background opens only passages the extension ships, whatever a
 * message says (a page that got a message through could otherwise show any words as "quoted").
 */
import type { KnowledgeBase } from './knowledge';
import type { SourceId } from './schema';

export const CITATION_REF_MAX = 200;

/** The reference of evidence `index` of a claim (`account` undefined) or of a dispute's account. */
export function citationRef({
  owner,
  account,
  index,
}: {
  owner: string;
  account?: number;
  index: number;
}): string {
  return account === undefined ? `${owner}#${index}` : `${owner}/${account}#${index}`;
}

const REF = /^([^#/]+)(?:\/(\d{1,3}))?#(\d{1,3})$/;

/** The passage a reference names, or null when it names nothing the knowledge base holds. */
export function resolveCitation({
  knowledge,
  ref,
}: {
  knowledge: KnowledgeBase;
  ref: string;
}): { source: SourceId; quote: string } | null {
  if (ref.length > CITATION_REF_MAX) return null;
  const match = REF.exec(ref);
  if (!match) return null;
  const [, owner, account, index] = match;
  const evidence =
    account === undefined
      ? knowledge.claims.find((claim) => claim.id === owner)?.evidence
      : knowledge.disputes.find((dispute) => dispute.id === owner)?.accounts[Number(account)]
          ?.evidence;
  const found = evidence?.[Number(index)];
  return found ? { source: found.source, quote: found.quote } : null;
}
