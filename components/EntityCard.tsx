import { type Citation, type EntityView, INFERRED_NOTE } from '@/core/views';
import { CardHeader } from './CardHeader';
import { CorroboratedSection } from './CorroboratedSection';
import { DisputesSection } from './DisputesSection';
import { JudgedLink } from './JudgedLink';
import { NamingNotes } from './NamingNotes';
import { SingleSourceSection } from './SingleSourceSection';

export interface EntityCardProps {
  view: EntityView;
  titleId: string;
  onOpen: (citation: Citation, event: MouseEvent) => void;
  onClose?: () => void;
  /** When given, the footer links to how the card's items are judged (docs/editorial.md). */
  onJudged?: () => void;
}

/** Everything the bundled sources say about one entity. Props in, markup out. */
export function EntityCard({ view, titleId, onOpen, onClose, onJudged }: EntityCardProps) {
  const { corroborated, disputes, namings, singleSource, totalSources } = view;
  const empty =
    corroborated.length === 0 &&
    disputes.length === 0 &&
    namings.length === 0 &&
    singleSource.length === 0;
  return (
    <article class="tl-card" data-entity={view.id}>
      <CardHeader view={view} titleId={titleId} onClose={onClose} />
      <div class="tl-body">
        {empty && (
          <p class="tl-empty">
            {view.mentionedBy.length > 0
              ? `No statements about ${view.name} are recorded from these sources beyond the mention.`
              : `None of the ${totalSources} bundled sources mention ${view.name}.`}
          </p>
        )}
        <CorroboratedSection claims={corroborated} onOpen={onOpen} />
        <DisputesSection disputes={disputes} onOpen={onOpen} />
        <SingleSourceSection claims={singleSource} open={view.singleSourceOpen} onOpen={onOpen} />
        <NamingNotes namings={namings} onOpen={onOpen} />
      </div>
      {(view.anyInferred || (onJudged && !empty)) && (
        <footer class="tl-footer">
          {view.anyInferred && (
            <p class="tl-footnote">
              <span class="tl-star" aria-hidden="true">
                *
              </span>{' '}
              {INFERRED_NOTE.charAt(0).toUpperCase() + INFERRED_NOTE.slice(1)}.
            </p>
          )}
          {onJudged && !empty && <JudgedLink onJudged={onJudged} />}
        </footer>
      )}
    </article>
  );
}
