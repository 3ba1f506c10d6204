/**
 * The popover's focus trap: while focus is in the dialog, Tab and Shift+Tab cycle through what
 * in it can take focus (a closed <details> offers its <summary> only).
 */
const FOCUSABLE = 'button:not([disabled]), summary, a[href], [tabindex]:not([tabindex="-1"])';

export function trapTab({
  dialog,
  root,
  event,
}: {
  dialog: HTMLElement;
  root: ShadowRoot;
  event: KeyboardEvent;
}): void {
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((item) => {
    const closed = item.closest('details:not([open])');
    return !closed || item === closed.querySelector('summary');
  });
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = root.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
