import type { StatementCard as StatementCardModel } from '@/core/dispute-view';
import type { Citation } from '@/core/views';
import { CloseButton } from './CloseButton';
import { JudgedLink } from './JudgedLink';
import { OutletChips } from './OutletChip';

export interface StatementCardProps {
  card: StatementCardModel;
  /** id of the question heading, so the dialog around the card can be labelled by it. */
  titleId: string;
  onOpen: (citation: Citation, event: MouseEvent) => void;
  onClose?: () => void;
  onJudged?: () => void;
}

const KIND_LABELS: Record<StatementCardModel['kind'], string> = {
  fact: 'Sources differ on a fact',
  characterisation: 'Sources differ in how they describe it',
  naming: 'Sources write it differently',
};

/**
 * A disputed statement on the page: the question, which account the page's phrase matches
 * (neither confirmed nor refuted: "like"), and the other accounts with their outlets. Props in,
 * markup out; the model is core/dispute-view.ts's `statementCard`.
 */
export function StatementCard({ card, titleId, onOpen, onClose, onJudged }: StatementCardProps) {
  return (
    <article class="tl-card tl-statement-card" data-dispute={card.disputeId} data-kind={card.kind}>
      <header class="tl-header">
        <div class="tl-header-top">
          <p class="tl-eyebrow">{KIND_LABELS[card.kind]}</p>
          {onClose && <CloseButton onClose={onClose} />}
        </div>
        <h2 class="tl-name tl-question-title" id={titleId}>
          {card.question}
        </h2>
      </header>
      <div class="tl-body">
        <section class="tl-section tl-this-page" aria-label="What this page says">
          <p class="tl-page-line">
            <span class="tl-page-label">This page:</span> <q class="tl-stated">{card.stated}</q>
            {' — like '}
            {card.matched.who}
          </p>
          <div class="tl-account tl-account-matched" data-account={card.matched.index}>
            <p class="tl-statement">{card.matched.statement}</p>
            <OutletChips citations={card.matched.citations} onOpen={onOpen} />
          </div>
        </section>
        {card.others.length > 0 && (
          <section class="tl-section tl-other-accounts">
            <h3 class="tl-section-title">
              {card.others.length === 1 ? 'The other account' : 'Other accounts'}
            </h3>
            <ul class="tl-claims">
              {card.others.map((account) => (
                <li class="tl-account" key={account.index} data-account={account.index}>
                  <p class="tl-statement">{account.statement}</p>
                  <OutletChips citations={account.citations} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      {onJudged && (
        <footer class="tl-footer">
          <JudgedLink onJudged={onJudged} />
        </footer>
      )}
    </article>
  );
}
