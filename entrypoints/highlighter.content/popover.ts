/**
 * The popover: one dialog per frame, in the extension's closed shadow root, that shows what the
 * bundled sources say about a mention's entity, or how they differ on a statement the page makes. It behaves like Wikipedia's Page Previews and
 * meets WCAG 1.4.13 (content on hover or focus):
 *
 * - hover opens after an intent delay, so a quick brush past a mention does nothing;
 * - the pointer can travel from the mention into the popover (a grace period bridges the gap);
 * - it stays while the mention or the popover is hovered or focused, and Esc dismisses it;
 * - a click (or Enter on the focused target) opens it at once and keeps it until dismissed.
 *
 * It opens only for mentions of the extension's own index (mention-index.ts), asked for by
 * interaction.ts on trusted input. The dialog lives in the top layer (the Popover API), so no
 * page z-index or stacking context can cover it. What the card shows and where it is placed
 * live in ./card.tsx, loaded on first need (card-loader.ts).
 */
import type { ContentScriptContext } from '#imports';
import type { CardUi } from './card';
import { loadCard } from './card-loader';
import { subjectOf } from './card-subject';
import { trapTab } from './focus-trap';
import type { MentionIndex, PageMention } from './mention-index';
import { liveRange } from './ranges';
import type { MentionTarget } from './target';
import type { UiHost } from './ui-host';

/** Hover must rest this long on a mention before the popover opens (a brush past does not). */
export const HOVER_INTENT_MS = 300;
/** Time the pointer has to travel between mention and popover before it closes. */
export const HOVER_GRACE_MS = 300;

const TITLE_ID = 'treaty-lens-popover-title';

/** What to open the popover for, and how (see `Current.pinned`; `focus`: move focus inside). */
interface OpenRequest {
  mention: PageMention;
  pinned: boolean;
  focus: boolean;
}

interface Current {
  mention: PageMention;
  /** Opened by click, keyboard or command: stays until dismissed, not just while hovered. */
  pinned: boolean;
}

export interface PopoverOptions {
  ctx: ContentScriptContext;
  /** The extension's host; some pages take it out of <html>, and it goes back on show. */
  host: UiHost;
  root: ShadowRoot;
  index: MentionIndex;
  target: MentionTarget;
}

export class Popover {
  private readonly options: PopoverOptions;
  private card: { ui: CardUi | null; loading: Promise<CardUi> | null } = {
    ui: null,
    loading: null,
  };
  private current: Current | null = null;
  /** The pending hover-open (mention and its timer) and the pending close. */
  private timers: { open?: { mention: PageMention; id: number }; close?: number } = {};
  /** Bumped on every open/close so a slow first load cannot bring back a closed popover. */
  private generation = 0;
  /** Whether the pointer is over the dialog. */
  private pointerInside = false;

  constructor(options: PopoverOptions) {
    this.options = options;
  }

  get openFor(): PageMention | null {
    return this.current?.mention ?? null;
  }

  get pinned(): boolean {
    return this.current?.pinned === true;
  }

  /** Whether focus is inside the dialog. */
  get hasFocus(): boolean {
    const active = this.options.root.activeElement;
    return !!active && active !== this.options.target.element;
  }

  /** The pointer rests on `mention`: open after the intent delay (unless open for it already). */
  hoverStart(mention: PageMention): void {
    if (this.current?.mention === mention) {
      this.cancelClose();
      return;
    }
    if (this.timers.open?.mention === mention) return;
    this.cancelOpen();
    const id = this.options.ctx.setTimeout(() => {
      this.timers.open = undefined;
      void this.show({ mention, pinned: false, focus: false });
    }, HOVER_INTENT_MS);
    this.timers.open = { mention, id };
  }

  /** The pointer left the mentions (for the page; it may be on its way into the dialog). */
  hoverEnd(): void {
    this.cancelOpen();
    if (this.current && !this.current.pinned) this.scheduleClose();
  }

  /** The target lost focus to something other than the dialog. */
  blurred(): void {
    if (this.current && !this.current.pinned) this.scheduleClose();
  }

  open(request: OpenRequest): void {
    void this.show(request);
  }

  /** Starts loading the card while the reader's pointer or focus rests on a mention. */
  preload(): void {
    if (this.card.ui) return;
    loadCard().then(
      (card) => card.prepare(),
      () => undefined, // show() reports a failed load
    );
  }

  close({ restoreFocus = false }: { restoreFocus?: boolean } = {}): void {
    this.generation++;
    this.cancelOpen();
    this.cancelClose();
    this.stopFollowing?.();
    this.stopFollowing = null;
    const was = this.current;
    this.current = null;
    this.pointerInside = false;
    const ui = this.card.ui;
    if (ui) {
      const el = ui.dialog;
      if (el.hasAttribute('popover') && el.matches(':popover-open')) el.hidePopover();
      el.classList.remove('tl-open');
      ui.clear();
    }
    const { target, index } = this.options;
    target.element.setAttribute('aria-expanded', 'false');
    if (restoreFocus && was && index.holds(was.mention)) {
      target.show(was.mention);
      target.focus({ returning: true });
    }
  }

  destroy(): void {
    this.close();
    this.generation++;
    this.card.ui?.remove();
    this.card = { ui: null, loading: null };
  }

  private stopFollowing: (() => void) | null = null;

  private cancelOpen(): void {
    if (this.timers.open) clearTimeout(this.timers.open.id);
    this.timers.open = undefined;
  }

  private cancelClose(): void {
    clearTimeout(this.timers.close);
    this.timers.close = undefined;
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.timers.close = this.options.ctx.setTimeout(() => {
      const { current } = this;
      const onTarget = this.options.target.focused;
      if (current && !current.pinned && !this.pointerInside && !this.hasFocus && !onTarget) {
        this.close();
      }
    }, HOVER_GRACE_MS);
  }

  private loadUi(): Promise<CardUi> {
    if (this.card.ui) return Promise.resolve(this.card.ui);
    if (!this.card.loading) {
      const loading = loadCard().then((module) => {
        const ui = module.createCardUi({
          root: this.options.root,
          buildDialog: (container) => this.buildDialog(container),
        });
        this.card.ui = ui;
        return ui;
      });
      // Not kept when it failed: the next hover tries again.
      loading.catch((error: unknown) => {
        if (this.card.loading === loading) this.card.loading = null;
        console.warn('[treaty-lens] could not load the popover', error);
      });
      this.card.loading = loading;
    }
    return this.card.loading;
  }

  private async show({ mention, pinned, focus }: OpenRequest): Promise<void> {
    const { index, target } = this.options;
    if (!index.holds(mention)) return;
    this.cancelOpen();
    this.cancelClose();
    if (this.current?.mention === mention) {
      this.current.pinned ||= pinned;
      if (focus) this.focusInside();
      return;
    }
    const token = ++this.generation;
    let ui: CardUi;
    try {
      ui = await this.loadUi();
    } catch {
      return; // loadUi warned
    }
    if (token !== this.generation || !index.holds(mention)) return;
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.options.host.attach();
    const rendered = ui.render({
      subject: subjectOf(mention),
      titleId: TITLE_ID,
      onClose: () => this.close({ restoreFocus: true }),
    });
    if (!rendered) return;
    this.current = { mention, pinned };
    this.pointerInside = false;
    const el = ui.dialog;
    el.scrollTop = 0;
    el.classList.add('tl-open');
    if (el.hasAttribute('popover') && !el.matches(':popover-open')) el.showPopover();
    if (target.current !== mention) target.show(mention);
    target.element.setAttribute('aria-expanded', 'true');
    const range = liveRange(mention);
    if (!range) return;
    this.stopFollowing = ui.follow({
      // A live Range while the card is open: it follows the page's edits around the mention.
      anchor: { range, node: mention.node },
      onMove: () => {
        if (target.current === mention) target.place();
      },
      onGone: () => this.close(),
    });
    if (focus) this.focusInside();
  }

  private focusInside(): void {
    this.card.ui?.dialog.focus({ preventScroll: true });
  }

  private buildDialog(container: HTMLElement): HTMLElement {
    const el = container.ownerDocument.createElement('div');
    el.className = 'tl-popover';
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-modal', 'false');
    el.setAttribute('aria-labelledby', TITLE_ID);
    el.tabIndex = -1;
    if (typeof el.showPopover === 'function') el.setAttribute('popover', 'manual');
    el.addEventListener('pointerenter', () => {
      this.pointerInside = true;
      this.cancelClose();
    });
    el.addEventListener('pointerleave', () => {
      this.pointerInside = false;
      if (this.current && !this.current.pinned) this.scheduleClose();
    });
    el.addEventListener('keydown', (event) => this.onDialogKeydown(el, event));
    el.addEventListener('focusout', (event) => {
      // Focus leaving the popover for the page (not for the target) ends a hover visit.
      const to = event.relatedTarget;
      if (!this.current || this.current.pinned) return;
      if (to instanceof Node && (el.contains(to) || to === this.options.target.element)) return;
      this.scheduleClose();
    });
    container.append(el);
    return el;
  }

  private onDialogKeydown(el: HTMLElement, event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close({ restoreFocus: true });
      return;
    }
    if (event.key === 'Tab') trapTab({ dialog: el, root: this.options.root, event });
  }
}
