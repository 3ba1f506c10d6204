import { useState } from 'preact/hooks';
import type { Citation, ClaimView } from '@/core/views';
import { ClaimItem } from './ClaimItem';
import { MoreButton } from './MoreButton';

/** How many claims a section shows before "Show all": a popover is a preview, not the dossier. */
export const CLAIMS_SHOWN = 3;

/** Claims carried by two or more sources, most independent origins first (the view's order). */
export function CorroboratedSection({
  claims,
  onOpen,
  limit = CLAIMS_SHOWN,
}: {
  claims: readonly ClaimView[];
  onOpen: (citation: Citation, event: MouseEvent) => void;
  limit?: number;
}) {
  const [expanded, setExpanded] = useState(false);
  if (claims.length === 0) return null;
  const shown = expanded ? claims : claims.slice(0, limit);
  return (
    <section class="tl-section tl-corroborated">
      <h3 class="tl-section-title">
        Corroborated by two or more sources <span class="tl-section-count">{claims.length}</span>
      </h3>
      <ul class="tl-claims" id="tl-corroborated-list">
        {shown.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} showIndependence={true} onOpen={onOpen} />
        ))}
      </ul>
      {claims.length > limit && (
        <MoreButton
          expanded={expanded}
          total={claims.length}
          controls="tl-corroborated-list"
          onToggle={() => setExpanded(!expanded)}
        />
      )}
    </section>
  );
}
