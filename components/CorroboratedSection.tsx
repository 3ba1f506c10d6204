import type { Citation, ClaimView } from '@/core/views';
import { ClaimItem } from './ClaimItem';

/** Claims carried by two or more sources, most-corroborated first (the view's order). */
export function CorroboratedSection({
  claims,
  totalSources,
  onOpen,
}: {
  claims: readonly ClaimView[];
  totalSources: number;
  onOpen: (citation: Citation) => void;
}) {
  if (claims.length === 0) return null;
  return (
    <section class="tl-section tl-corroborated">
      <h3 class="tl-section-title">
        Corroborated by two or more sources <span class="tl-section-count">{claims.length}</span>
      </h3>
      <ul class="tl-claims">
        {claims.map((claim) => (
          <ClaimItem
            key={claim.id}
            claim={claim}
            totalSources={totalSources}
            showCount={true}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </section>
  );
}
