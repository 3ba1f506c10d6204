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
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import {
  browser,
  type ContentScriptContext,
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from '#imports';
import { EntityCard } from '@/components/EntityCard';
import { bundledKnowledge } from '@/core/bundled';
import type { Message } from '@/core/messages';
import { EntityId } from '@/core/schema';
import type { Settings } from '@/core/settings';
import { type Citation, entityView } from '@/core/views';
import { sourceViewerUrl } from '@/entrypoints/sources/open';
import css from './popover.css?inline';

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
  const parsed = EntityId.safeParse(mark.dataset.treatyLens);
  return parsed.success ? parsed.data : null;
}

export function installPopover({
  ctx,
  getSettings,
}: {
  ctx: ContentScriptContext;
  getSettings: () => Settings;
}): PopoverController {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let uiLoading: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
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

  const dialog = (): HTMLElement | null => ui?.mounted ?? null;
  const hostOf = (): HTMLElement | null => ui?.shadowHost ?? null;
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

  function ensureUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (ui) {
      // Some pages rebuild <html>'s children; put the host back (with its dialog: ui.mount()
      // would build a second one) rather than lose the popover.
      if (!ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
      return Promise.resolve(ui);
    }
    uiLoading ??= createShadowRootUi<HTMLElement>(ctx, {
      name: POPOVER_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css,
      // Keys typed in the popover stay there: page shortcuts must not fire behind a dialog.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => mountDialog(container),
      onRemove: (el) => el && render(null, el),
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return uiLoading;
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
    const mounted = await ensureUi();
    if (token !== generation || destroyed || !mark.isConnected) return;
    const el = mounted.mounted;
    if (!el) return;
    stopAutoUpdate?.();
    current = { mark, entity, pinned };
    pointerInside = false;
    render(
      <EntityCard
        key={entity}
        view={entityView({ knowledge: bundledKnowledge(), id: entity })}
        titleId={TITLE_ID}
        onOpen={openCitation}
        onClose={() => close({ restoreFocus: true })}
      />,
      el,
    );
    el.scrollTop = 0;
    el.classList.add('tl-open');
    if (el.hasAttribute('popover') && !el.matches(':popover-open')) el.showPopover();
    stopAutoUpdate = autoUpdate(mark, el, () => place({ mark, el }));
    if (focus) focusInside();
  }

  function place({ mark, el }: { mark: HTMLElement; el: HTMLElement }) {
    if (!mark.isConnected) {
      close(); // the highlight went away (highlighting turned off, page re-rendered)
      return;
    }
    // Let flip judge the card's natural height each time, not the height size() last imposed,
    // or the placement could settle on whichever side it happened to be squeezed into.
    el.style.maxHeight = '';
    void computePosition(mark, el, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        inline(),
        // Only above or below, whichever overflows less (never beside: it would cover the line).
        flip({ padding: 8, crossAxis: false }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableWidth, availableHeight }) {
            el.style.maxWidth = `${Math.max(200, availableWidth)}px`;
            el.style.maxHeight = `${Math.max(140, availableHeight)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      el.style.left = `${x}px`;
      el.style.top = `${y}px`;
    });
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
      render(null, el);
    }
    if (restoreFocus && was?.mark.isConnected) {
      // The mark may not be in the tab order; -1 makes it focusable without adding it there.
      if (!was.mark.hasAttribute('tabindex')) was.mark.setAttribute('tabindex', '-1');
      returningFocus = true;
      was.mark.focus({ preventScroll: true });
      returningFocus = false;
    }
  }

  function openCitation(citation: Citation) {
    const message: Message = {
      type: 'open-source',
      url: sourceViewerUrl({ source: citation.source, quote: citation.quote }),
    };
    browser.runtime.sendMessage(message).catch((error: unknown) => {
      console.warn('[treaty-lens] could not open the source viewer', error);
    });
  }

  // Delegated listeners: marks come and go with the page, the document stays.
  listen('pointerover', (event) => {
    if (event.pointerType === 'touch' || getSettings().openOn !== 'hover') return;
    const mark = markOf(event.target);
    if (!mark) return;
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
    if (!mark || returningFocus || getSettings().openOn !== 'hover') return;
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
