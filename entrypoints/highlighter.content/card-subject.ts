/**
 * What a card is about, as the popover asks the card module (./card.tsx) to render it: an
 * entity, or a statement on the page that takes a side in a dispute, with the page's phrase.
 */
import type { PageMention } from './mention-index';
import { liveRange } from './ranges';

export type CardSubject =
  | { kind: 'entity'; entity: string }
  | { kind: 'statement'; dispute: string; account: number | string; stated: string };

export function subjectOf(mention: PageMention): CardSubject {
  if (mention.kind === 'entity') return { kind: 'entity', entity: mention.entity };
  const { dispute, account } = mention;
  return { kind: 'statement', dispute, account, stated: liveRange(mention)?.toString() ?? '' };
}
