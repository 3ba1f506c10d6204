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

/** A cited passage: which bundled source, and the words quoted from it. */
export interface Passage {
  source: SourceId;
  quote: string;
}

/** Every reference the knowledge base can be cited by, with its passage. */
export function citationPassages(knowledge: KnowledgeBase): Record<string, Passage> {
  const passages: Record<string, Passage> = {};
  for (const claim of knowledge.claims) {
    claim.evidence.forEach(({ source, quote }, index) => {
      passages[citationRef({ owner: claim.id, index })] = { source, quote };
    });
  }
  for (const dispute of knowledge.disputes) {
    dispute.accounts.forEach((account, accountIndex) => {
      account.evidence.forEach(({ source, quote }, index) => {
        passages[citationRef({ owner: dispute.id, account: accountIndex, index })] = {
          source,
          quote,
        };
      });
    });
  }
  return passages;
}

/** The passage a reference names, or null when it names nothing the knowledge base holds. */
export function resolveCitation({
  passages,
  ref,
}: {
  passages: Readonly<Record<string, Passage>>;
  ref: string;
}): Passage | null {
  if (ref.length > CITATION_REF_MAX || !Object.hasOwn(passages, ref)) return null;
  return passages[ref] ?? null;
}
