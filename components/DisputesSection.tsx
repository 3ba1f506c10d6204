import type { Citation, DisputeView } from '@/core/views';
import { OutletChips } from './OutletChip';

/**
 * Where the sources' accounts differ: each question with its accounts side by side (a grid that
 * stacks when narrow), in the data's order — neither account is presented as the right one.
 */
export function DisputesSection({
  disputes,
  onOpen,
}: {
  disputes: readonly DisputeView[];
  onOpen: (citation: Citation) => void;
}) {
  if (disputes.length === 0) return null;
  return (
    <section class="tl-section tl-disputes">
      <h3 class="tl-section-title">
        Differing accounts <span class="tl-section-count">{disputes.length}</span>
      </h3>
      <ul class="tl-claims">
        {disputes.map((dispute) => (
          <li class="tl-dispute" key={dispute.id} data-dispute={dispute.id}>
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
    </section>
  );
}
