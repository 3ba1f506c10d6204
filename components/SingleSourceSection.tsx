import type { Citation, ClaimView } from '@/core/views';
import { ClaimItem } from './ClaimItem';

/** Claims only one outlet carries: behind a disclosure unless they are all the card has. */
export function SingleSourceSection({
  claims,
  open,
  onOpen,
}: {
  claims: readonly ClaimView[];
  open: boolean;
  onOpen: (citation: Citation, event: MouseEvent) => void;
}) {
  if (claims.length === 0) return null;
  return (
    <section class="tl-section tl-single">
      <details open={open}>
        <summary class="tl-section-title">
          Reported by one outlet only <span class="tl-section-count">{claims.length}</span>
        </summary>
        <ul class="tl-claims">
          {claims.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} showIndependence={false} onOpen={onOpen} />
          ))}
        </ul>
      </details>
    </section>
  );
}
