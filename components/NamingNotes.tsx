import type { Citation, NamingView } from '@/core/views';

/**
 * How the sources write a name, apart from the differing accounts and compact: one line per
 * naming dispute, "Also written: Yury Ushakov · Yuri Ushakov". Each form opens the passage that
 * writes it; its outlets are in its accessible name and tooltip.
 */
export function NamingNotes({
  namings,
  onOpen,
}: {
  namings: readonly NamingView[];
  onOpen: (citation: Citation, event: MouseEvent) => void;
}) {
  if (namings.length === 0) return null;
  return (
    <div class="tl-namings">
      {namings.map((naming) => (
        <p class="tl-naming" key={naming.id} data-dispute={naming.id} title={naming.question}>
          <span class="tl-naming-label">Also written: </span>
          {naming.forms.map((form, i) => {
            const outlets = form.citations.map((c) => c.outlet).join(', ');
            const first = form.citations[0];
            return (
              // Forms have no id of their own; their position in the data is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: stable data order
              <span key={i}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <button
                  type="button"
                  class="tl-form"
                  title={`${outlets}. Opens the passage.`}
                  aria-label={`${form.statement}, as written by ${outlets}: open the passage`}
                  disabled={first === undefined}
                  onClick={(event) => first && onOpen(first, event)}
                >
                  {form.statement}
                </button>
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
