import { independenceLine } from '@/core/provenance';
import type { Citation, ClaimView } from '@/core/views';
import { OutletChips } from './OutletChip';

/**
 * A statement with its outlets and, when asked, how independent they are: "4 outlets · 2
 * origins: TASS, the Kremlin" (outlets relaying one agency or record count as one origin).
 */
export function ClaimItem({
  claim,
  showIndependence,
  onOpen,
}: {
  claim: ClaimView;
  showIndependence: boolean;
  onOpen: (citation: Citation) => void;
}) {
  return (
    <li class="tl-claim" data-claim={claim.id}>
      <p class="tl-statement">{claim.statement}</p>
      <OutletChips
        citations={claim.citations}
        onOpen={onOpen}
        lead={
          showIndependence && (
            <span class="tl-count tl-independence">{independenceLine(claim.independence)}</span>
          )
        }
      />
    </li>
  );
}
