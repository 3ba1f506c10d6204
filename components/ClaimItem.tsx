import { independenceLine, originOf } from '@/core/provenance';
import type { Citation, ClaimView } from '@/core/views';
import { OutletChips } from './OutletChip';

/**
 * A statement with its outlets and, when asked, how independent they are: "4 outlets · 2
 * origins: TASS, the Kremlin" (outlets relaying one agency or record count as one origin).
 * A single outlet's statement says where its passage came from when the outlet does ("via TASS").
 */
/** "via TASS": where a single outlet's passage came from, when it says. */
function viaLine(claim: ClaimView): string | null {
  const origins = [...new Set(claim.citations.flatMap((c) => (c.via ?? []).map(originOf)))];
  return origins.length > 0 ? `via ${origins.join(', ')}` : null;
}

export function ClaimItem({
  claim,
  showIndependence,
  onOpen,
}: {
  claim: ClaimView;
  showIndependence: boolean;
  onOpen: (citation: Citation, event: MouseEvent) => void;
}) {
  return (
    <li class="tl-claim" data-claim={claim.id}>
      <p class="tl-statement">{claim.statement}</p>
      <OutletChips
        citations={claim.citations}
        onOpen={onOpen}
        lead={
          showIndependence ? (
            <span class="tl-count tl-independence">{independenceLine(claim.independence)}</span>
          ) : (
            viaLine(claim) && <span class="tl-count tl-via">{viaLine(claim)}</span>
          )
        }
      />
    </li>
  );
}
