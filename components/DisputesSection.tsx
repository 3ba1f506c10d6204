import { useState } from 'preact/hooks';
import type { Citation, DisputeView } from '@/core/views';
import { MoreButton } from './MoreButton';
import { OutletChips } from './OutletChip';

export const DISPUTES_SHOWN = 2;

/**
 * Where the sources' accounts differ: each question with its accounts side by side (a grid that
 * stacks when narrow). Disputes of fact come first, then of characterisation (the view's order);
 * accounts keep the data's order — neither is presented as the right one. Naming variants are
 * not here: see NamingNotes.
 */
export function DisputesSection({
  disputes,
  onOpen,
  limit = DISPUTES_SHOWN,
}: {
  disputes: readonly DisputeView[];
  onOpen: (citation: Citation, event: MouseEvent) => void;
  limit?: number;
}) {
  const [expanded, setExpanded] = useState(false);
  if (disputes.length === 0) return null;
  const shown = expanded ? disputes : disputes.slice(0, limit);
  return (
    <section class="tl-section tl-disputes">
      <h3 class="tl-section-title">
        Differing accounts <span class="tl-section-count">{disputes.length}</span>
      </h3>
      <ul class="tl-claims" id="tl-disputes-list">
        {shown.map((dispute) => (
          <li
            class="tl-dispute"
            key={dispute.id}
            data-dispute={dispute.id}
            data-kind={dispute.kind}
          >
            <p class="tl-question">{dispute.question}</p>
            <ul class="tl-accounts">
              {dispute.accounts.map((account, i) => (
                // Accounts have no id of their own; their position in the data is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: stable data order
                <li class="tl-account" key={i}>
                  <p class="tl-statement">{account.statement}</p>
                  <OutletChips citations={account.citations} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {disputes.length > limit && (
        <MoreButton
          expanded={expanded}
          total={disputes.length}
          controls="tl-disputes-list"
          onToggle={() => setExpanded(!expanded)}
        />
      )}
    </section>
  );
}
