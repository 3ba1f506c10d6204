import { type EntityView, sourceCount } from '@/core/views';
import { CloseButton } from './CloseButton';

export interface CardHeaderProps {
  view: EntityView;
  /** id of the name heading, so the dialog around the card can be labelled by it. */
  titleId: string;
  /** When given, a close button is shown (the popover has one; other hosts may not). */
  onClose?: () => void;
}

export function CardHeader({ view, titleId, onClose }: CardHeaderProps) {
  const mentioned = view.mentionedBy;
  return (
    <header class="tl-header">
      <div class="tl-header-top">
        <p class="tl-eyebrow">
          <span class={`tl-kind tl-kind-${view.kind}`}>{view.kindLabel}</span>
          <span aria-hidden="true"> · </span>
          <span>{view.sideLabel}</span>
        </p>
        {onClose && <CloseButton onClose={onClose} />}
      </div>
      <h2 class="tl-name" id={titleId}>
        {view.name}
      </h2>
      <p class="tl-role">{view.role}</p>
      <p class="tl-mentioned">
        <span class="tl-count">
          Mentioned by {sourceCount({ count: mentioned.length, total: view.totalSources })}
        </span>
        {mentioned.length > 0 && mentioned.length < view.totalSources && (
          <span class="tl-mentioned-outlets">
            {': '}
            {mentioned.map((o, i) => (
              <span key={o.source} data-source={o.source}>
                {i > 0 && ', '}
                {o.label}
                {o.inferred && <span class="tl-star">*</span>}
              </span>
            ))}
          </span>
        )}
      </p>
    </header>
  );
}
