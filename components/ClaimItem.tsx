import { type Citation, type ClaimView, sourceCount } from '@/core/views';
import { OutletChips } from './OutletChip';

/** A statement with its outlets and, when asked, how many of the sources carry it. */
export function ClaimItem({
  claim,
  totalSources,
  showCount,
  onOpen,
}: {
  claim: ClaimView;
  totalSources: number;
  showCount: boolean;
  onOpen: (citation: Citation) => void;
}) {
  return (
    <li class="tl-claim" data-claim={claim.id}>
      <p class="tl-statement">{claim.statement}</p>
      <OutletChips
        citations={claim.citations}
        onOpen={onOpen}
        lead={
          showCount && (
            <span class="tl-count">
              {sourceCount({ count: claim.citations.length, total: totalSources })}
            </span>
          )
        }
      />
    </li>
  );
}
