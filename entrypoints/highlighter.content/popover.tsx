/**
 * The popover: one shadow-root dialog per page that shows what the bundled sources say about a
 * highlighted entity. It owns every interaction with the marks (delegated listeners on the
 * document, all registered through WXT's ctx so they go away with the content script) and
 * behaves like Wikipedia's Page Previews, meeting WCAG 1.4.13 (content on hover or focus):
 *
 * - hover opens after an intent delay, so a quick brush past a highlight does nothing;
 * - the pointer can travel from the highlight into the popover (a grace period bridges the gap);
 * - it stays while the highlight or the popover is hovered or focused, and Esc dismisses it;
 * - a click (or Enter on a focused highlight) opens it at once and keeps it until dismissed.
 *
 * The dialog lives in the top layer (the Popover API) where supported, so no page z-index or
 * stacking context can cover it; elsewhere it falls back to a fixed box at the maximum z-index.
 *
 * What the card shows, its shadow root, styles and placement live in ./card.tsx, a module loaded
 * on first need: the first pointer or focus on a highlight starts loading it, well within the
 * hover intent, and a click or Enter waits for it. Every page and frame runs this file; only the
 * pages where a reader points at a highlight pay for the card.
 */
import type { ContentScriptContext } from '#imports';
import { isEntityId } from '@/core/ids';
import type { EntityId } from '@/core/schema';
import type { Settings } from '@/core/settings';
import type { CardUi } from './card';
import { loadCard } from './card-loader';

export interface PopoverController {
  open(options: { mark: HTMLElement; focus: boolean }): void;
  close(): void;
  destroy(): void;
}

/** Hover must rest this long on a highlight before the popover opens (a brush past does not). */
export const HOVER_INTENT_MS = 300;
/** Time the pointer has to travel between highlight and popover before it closes. */
export const HOVER_GRACE_MS = 300;
/** The host element's name (contract: `<treaty-lens-popover>`). */
export const POPOVER_HOST = 'treaty-lens-popover';

const MARK_SELECTOR = 'mark[data-treaty-lens]';
const TITLE_ID = 'treaty-lens-popover-title';
const FOCUSABLE = 'button:not([disabled]), summary, a[href], [tabindex]:not([tabindex="-1"])';

interface Current {
  mark: HTMLElement;
  entity: EntityId;
  /** Opened by click, keyboard or command: stays until dismissed, not just while hovered. */
  pinned: boolean;
}

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
}

function entityOf(mark: HTMLElement): EntityId | null {
  const id = mark.dataset.treatyLens;
  return isEntityId(id) ? id : null;
}

export function installPopover({
  ctx,
  getSettings,
}: {
  ctx: ContentScriptContext;
  getSettings: () => Settings;
}): PopoverController {
  let ui: CardUi | null = null;
  let uiLoading: Promise<CardUi> | null = null;
  let current: Current | null = null;
  let openTimer: number | undefined;
  let pendingMark: HTMLElement | null = null;
  let closeTimer: number | undefined;
  let stopAutoUpdate: (() => void) | null = null;
  /** Bumped on every open/close so a slow first mount cannot resurrect a closed popover. */
  let generation = 0;
  let destroyed = false;
  /** Set while focus is handed back to a highlight, so that focus does not reopen it. */
  let returningFocus = false;
  let pointerInside = false;

  const listeners: Array<() => void> = [];
  function listen<K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) {
    ctx.addEventListener(document, type, handler, options);
    listeners.push(() =>
      document.removeEventListener(type, handler as EventListener, {
        capture: options.capture ?? false,
      }),
    );
  }

  const dialog = (): HTMLElement | null => ui?.dialog ?? null;
  const hostOf = (): HTMLElement | null => ui?.host ?? null;
  const isInPopover = (event: Event): boolean => {
    const host = hostOf();
    return host !== null && event.composedPath().includes(host);
  };
  const focusIsInside = (): boolean => {
    const root = ui?.shadow;
    return !!root?.activeElement;
  };

  function cancelOpen() {
    clearTimeout(openTimer);
    openTimer = undefined;
    pendingMark = null;
  }
  function cancelClose() {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  }
  function scheduleClose() {
    cancelClose();
    closeTimer = ctx.setTimeout(() => {
      if (current && !current.pinned && !pointerInside && !focusIsInside()) close();
    }, HOVER_GRACE_MS);
  }

  function ensureUi(): Promise<CardUi> {
    if (ui) {
      // Some pages rebuild <html>'s children; put the host back (with its dialog: mounting
      // again would build a second one) rather than lose the popover.
      if (!ui.host.isConnected) document.documentElement.append(ui.host);
      return Promise.resolve(ui);
    }
    if (!uiLoading) {
      const loading = loadCard()
        .then((card) => card.createCardUi({ ctx, name: POPOVER_HOST, buildDialog: mountDialog }))
        .then((created) => {
          if (destroyed) {
            created.remove();
            throw new Error('the popover was removed while it loaded');
          }
          ui = created;
          return created;
        });
      // Not kept when it failed: the next hover tries again.
      loading.catch((error: unknown) => {
        if (uiLoading === loading) uiLoading = null;
        if (!destroyed) console.warn('[treaty-lens] could not load the popover', error);
      });
      uiLoading = loading;
    }
    return uiLoading;
  }

  /** Starts loading the card while the reader's pointer or focus rests on a highlight. */
  function preload() {
    if (ui || destroyed) return;
    loadCard().then(
      (card) => card.prepare(),
      () => undefined, // show() reports a failed load
    );
  }

  function mountDialog(container: HTMLElement): HTMLElement {
    const el = document.createElement('div');
    el.className = 'tl-popover';
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-modal', 'false');
    el.setAttribute('aria-labelledby', TITLE_ID);
    el.tabIndex = -1;
    if (typeof el.showPopover === 'function') el.setAttribute('popover', 'manual');
    el.addEventListener('pointerenter', () => {
      pointerInside = true;
      cancelClose();
    });
    el.addEventListener('pointerleave', () => {
      pointerInside = false;
      if (current && !current.pinned) scheduleClose();
    });
    el.addEventListener('keydown', onDialogKeydown);
    el.addEventListener('focusout', (event) => {
      // Focus leaving the popover for the page (not for its own highlight) ends a hover visit.
      const to = event.relatedTarget;
      if (!current || current.pinned) return;
      if (to instanceof Node && (el.contains(to) || current.mark.contains(to))) return;
      scheduleClose();
    });
    container.append(el);
    return el;
  }

  function focusables(el: HTMLElement): HTMLElement[] {
    return [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((f) => {
      // Content of a closed <details> is not reachable; its <summary> is.
      const closed = f.closest('details:not([open])');
      return !closed || f === closed.querySelector('summary');
    });
  }

  function onDialogKeydown(event: KeyboardEvent) {
    const el = dialog();
    if (!el) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close({ restoreFocus: true });
      return;
    }
    if (event.key !== 'Tab') return;
    // A focus trap while the dialog has focus: Tab and Shift+Tab cycle inside it.
    const items = focusables(el);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = ui?.shadow.activeElement;
    if (event.shiftKey && (active === first || active === el)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  async function show({
    mark,
    pinned,
    focus,
  }: {
    mark: HTMLElement;
    pinned: boolean;
    focus: boolean;
  }) {
    if (destroyed) return;
    const entity = entityOf(mark);
    if (!entity) return;
    cancelOpen();
    cancelClose();
    if (current?.mark === mark) {
      current.pinned ||= pinned;
      if (focus) focusInside();
      return;
    }
    const token = ++generation;
    let mounted: CardUi;
    try {
      mounted = await ensureUi();
    } catch {
      return; // ensureUi warned
    }
    if (token !== generation || destroyed || !mark.isConnected) return;
    const el = mounted.dialog;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    const rendered = mounted.render({
      entity,
      titleId: TITLE_ID,
      onClose: () => close({ restoreFocus: true }),
    });
    if (!rendered) return;
    current = { mark, entity, pinned };
    pointerInside = false;
    el.scrollTop = 0;
    el.classList.add('tl-open');
    if (el.hasAttribute('popover') && !el.matches(':popover-open')) el.showPopover();
    stopAutoUpdate = mounted.follow({ mark, onGone: () => close() });
    if (focus) focusInside();
  }

  function focusInside() {
    dialog()?.focus({ preventScroll: true });
  }

  function close({ restoreFocus = false }: { restoreFocus?: boolean } = {}) {
    generation++;
    cancelOpen();
    cancelClose();
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    const was = current;
    current = null;
    pointerInside = false;
    const el = dialog();
    if (el) {
      if (el.hasAttribute('popover') && el.matches(':popover-open')) el.hidePopover();
      el.classList.remove('tl-open');
      ui?.clear();
    }
    if (restoreFocus && was?.mark.isConnected) {
      // The mark may not be in the tab order; -1 makes it focusable without adding it there.
      if (!was.mark.hasAttribute('tabindex')) was.mark.setAttribute('tabindex', '-1');
      returningFocus = true;
      was.mark.focus({ preventScroll: true });
      returningFocus = false;
    }
  }

  // Delegated listeners: marks come and go with the page, the document stays.
  listen('pointerover', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    // In every mode: a click or a tap may follow, and the card should be ready for it.
    preload();
    if (event.pointerType === 'touch' || getSettings().openOn !== 'hover') return;
    if (current?.mark === mark) {
      cancelClose();
      return;
    }
    if (pendingMark === mark) return;
    cancelOpen();
    pendingMark = mark;
    openTimer = ctx.setTimeout(() => {
      pendingMark = null;
      void show({ mark, pinned: false, focus: false });
    }, HOVER_INTENT_MS);
  });

  listen('pointerout', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    const to = event.relatedTarget;
    if (to instanceof Node && mark.contains(to)) return; // still inside the same highlight
    if (pendingMark === mark) cancelOpen();
    if (current?.mark === mark && !current.pinned) scheduleClose();
  });

  listen('click', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    // A drag that selected text ends in a click too; the reader was selecting, not asking.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    // A highlight inside a link stays a link in hover mode (hover opens the popover there);
    // in click mode the reader asked for clicks to open popovers, so the click is ours.
    if (mark.closest('a[href]')) {
      if (getSettings().openOn !== 'click' || event.ctrlKey || event.metaKey || event.shiftKey)
        return;
      event.preventDefault();
    }
    void show({ mark, pinned: true, focus: false });
  });

  listen(
    'pointerdown',
    (event) => {
      if (!current || isInPopover(event)) return;
      const mark = markOf(event.target);
      if (mark === current.mark) return;
      close();
    },
    { capture: true },
  );

  listen('focusin', (event) => {
    const mark = event.target instanceof HTMLElement && event.target.matches(MARK_SELECTOR);
    if (!mark) return;
    preload(); // Enter may follow
    if (returningFocus || getSettings().openOn !== 'hover') return;
    void show({ mark: event.target as HTMLElement, pinned: false, focus: false });
  });

  listen('focusout', (event) => {
    if (!current || current.pinned || event.target !== current.mark) return;
    const to = event.relatedTarget;
    if (to instanceof Node && hostOf()?.contains(to)) return;
    if (to === hostOf()) return;
    scheduleClose();
  });

  listen(
    'keydown',
    (event) => {
      // Keys typed inside the popover are the dialog's own (see onDialogKeydown).
      if (isInPopover(event)) return;
      if (event.key === 'Escape' && current) {
        const onMark = document.activeElement === current.mark;
        // Elsewhere on the page Esc may mean something to the page too; let it through.
        if (onMark) event.preventDefault();
        close({ restoreFocus: onMark });
        return;
      }
      if (event.key !== 'Enter' && !(event.key === ' ' && markOf(event.target)?.role === 'button'))
        return;
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.matches(MARK_SELECTOR)) return;
      event.preventDefault();
      void show({ mark: target, pinned: true, focus: true });
    },
    { capture: true },
  );

  return {
    open({ mark, focus }) {
      void show({ mark, pinned: true, focus });
    },
    close() {
      close();
    },
    destroy() {
      if (destroyed) return;
      close();
      destroyed = true;
      for (const remove of listeners) remove();
      ui?.remove();
      ui = null;
    },
  };
}
