/** Shows the rest of a long list in place (the popover scrolls), or folds it back. */
export function MoreButton({
  expanded,
  total,
  onToggle,
  controls,
}: {
  expanded: boolean;
  total: number;
  onToggle: () => void;
  controls: string;
}) {
  return (
    <button
      type="button"
      class="tl-more"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {expanded ? 'Show fewer' : `Show all ${total}`}
    </button>
  );
}
