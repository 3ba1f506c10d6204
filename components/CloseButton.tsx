/** A card's close button (the popover has one; other hosts may not). */
export function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" class="tl-close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
