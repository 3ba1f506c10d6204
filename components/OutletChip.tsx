import type { ComponentChildren } from 'preact';
import { type Citation, INFERRED_NOTE } from '@/core/views';

export interface OutletChipProps {
  citation: Citation;
  /** Called with the click, so the caller can tell the reader's clicks from a script's. */
  onOpen: (citation: Citation, event: MouseEvent) => void;
}

/**
 * One citation: the outlet's short name on a button that opens the article at the quoted
 * passage. An inferred outlet is marked (an asterisk, explained once per card) and says so in
 * its accessible name and tooltip.
 */
export function OutletChip({ citation, onOpen }: OutletChipProps) {
  const note = citation.inferred ? ` (${INFERRED_NOTE})` : '';
  return (
    <button
      type="button"
      class={citation.inferred ? 'tl-chip tl-chip-inferred' : 'tl-chip'}
      data-source={citation.source}
      title={`${citation.outlet}${note}. Opens the quoted passage.`}
      aria-label={`${citation.outlet}${note}: open the quoted passage`}
      onClick={(event) => onOpen(citation, event)}
    >
      {citation.label}
      {citation.inferred && (
        <span class="tl-chip-star" aria-hidden="true">
          *
        </span>
      )}
    </button>
  );
}

/**
 * A claim's outlets as a group of chip buttons, optionally led by a count ("3 of 5 sources") that
 * flows on the same line as the chips rather than taking a line of its own.
 */
export function OutletChips({
  citations,
  onOpen,
  lead,
}: {
  citations: readonly Citation[];
  onOpen: (citation: Citation, event: MouseEvent) => void;
  lead?: ComponentChildren;
}) {
  return (
    <div class="tl-chips">
      {lead}
      {citations.map((c) => (
        <OutletChip key={c.source} citation={c} onOpen={onOpen} />
      ))}
    </div>
  );
}
