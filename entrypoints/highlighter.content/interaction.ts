/**
 * The reader's input on mentions, without page elements: pointer moves and clicks are
 * hit-tested with `caretPositionFromPoint` against the extension's own index of mentions; the
 * interaction target (target.ts) is laid over the mention hovered or reached by keyboard and
 * takes focus, Enter and the accessible name; the popover opens for index mentions only.
 *
 * Only trusted events count: a page can dispatch pointer, mouse and key events, or make its own
 * `<mark data-treaty-lens>` or `treaty-lens-*` highlight, and none of it opens a card. The
 * target lets pointer events through (`pointer-events: none`), so selecting text, following a
 * link and the page's own hover effects work on mentions as on any text. Listeners exist only
 * while highlighting is on (`start`/`stop`).
 */
import type { ContentScriptContext } from '#imports';
import type { Settings } from '@/core/settings';
import type { MentionIndex, PageMention } from './mention-index';
import { deepActiveElement } from './order';
import type { Popover } from './popover';
import { liveRange } from './ranges';
import { nextStop, type Place } from './tab-order';
import type { MentionTarget } from './target';
import type { UiHost } from './ui-host';

export interface InteractionOptions {
  ctx: ContentScriptContext;
  doc: Document;
  host: UiHost;
  index: MentionIndex;
  target: MentionTarget;
  popover: Popover;
  settings: () => Settings;
}

type CaretAt = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;

export class Interaction {
  private readonly o: InteractionOptions;
  private listening: AbortController | null = null;
  /** The latest pointer position not yet hit-tested (one test per frame). */
  private pointer: { x: number; y: number } | null = null;

  constructor(options: InteractionOptions) {
    this.o = options;
    const { target } = options;
    const el = target.element;
    // The target's own events come from focus and keyboard (and assistive technology's click):
    // the pointer passes through it.
    el.addEventListener('focus', () => this.onTargetFocus());
    el.addEventListener('blur', (event) => this.onTargetBlur(event));
    el.addEventListener('keydown', (event) => this.onTargetKeydown(event));
    el.addEventListener('click', (event) => {
      const mention = target.current;
      if (event.isTrusted && mention) options.popover.open({ mention, pinned: true, focus: true });
    });
  }

  start(): void {
    if (this.listening) return;
    this.listening = new AbortController();
    const { signal } = this.listening;
    const { ctx, doc } = this.o;
    const on = <K extends keyof DocumentEventMap>(
      type: K,
      handler: (event: DocumentEventMap[K]) => void,
      options: AddEventListenerOptions = {},
    ) => ctx.addEventListener(doc, type, handler as (event: Event) => void, { ...options, signal });
    on('pointermove', (event) => this.onPointerMove(event), { passive: true, capture: true });
    on('click', (event) => this.onClick(event), { capture: true });
    on('pointerdown', (event) => this.onPointerDown(event), { capture: true });
    on('keydown', (event) => this.onKeydown(event), { capture: true });
    on('scroll', () => this.follow(), { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', () => this.follow(), { passive: true, signal });
  }

  stop(): void {
    this.listening?.abort();
    this.listening = null;
    this.o.popover.close();
    this.o.target.hide();
  }

  /** The mention under a viewport point, from the index (never from the page's elements). */
  hitAt(x: number, y: number): PageMention | null {
    const { doc, index } = this.o;
    const caretAt = (doc as unknown as { caretPositionFromPoint?: CaretAt }).caretPositionFromPoint;
    if (!caretAt || index.size === 0) return null;
    const roots = new Set<ShadowRoot>();
    for (const mention of index.ordered()) {
      const root = mention.node.getRootNode();
      if (root !== doc && 'host' in root) roots.add(root as ShadowRoot);
    }
    const caret = caretAt.call(doc, x, y, { shadowRoots: [...roots] });
    if (!caret || caret.offsetNode.nodeType !== Node.TEXT_NODE) return null;
    return index.hit({ node: caret.offsetNode, offset: caret.offset, x, y });
  }

  private fromOurUi(event: Event): boolean {
    return event.target === this.o.host.element;
  }

  private onPointerMove(event: PointerEvent): void {
    if (!event.isTrusted || this.fromOurUi(event) || event.pointerType === 'touch') return;
    const pending = this.pointer !== null;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (pending) return;
    this.o.ctx.requestAnimationFrame(() => {
      const point = this.pointer;
      this.pointer = null;
      if (point && this.listening) this.hover(point);
    });
  }

  private hover(point: { x: number; y: number }): void {
    const { target, popover, settings } = this.o;
    const mention = this.hitAt(point.x, point.y);
    if (mention) {
      popover.preload(); // a click may follow
      if (!target.focused) target.show(mention, point);
      if (settings().openOn === 'hover') popover.hoverStart(mention);
      return;
    }
    popover.hoverEnd();
    if (!target.focused && popover.openFor !== target.current) target.hide();
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || this.fromOurUi(event) || event.button !== 0) return;
    const mention = this.hitAt(event.clientX, event.clientY);
    if (!mention) return;
    // A drag that selected text ends in a click too; the reader was selecting, not asking.
    const selection = this.o.doc.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    // A mention inside a link stays a link in hover mode (hover opens the popover there); in
    // click mode the reader asked for clicks to open popovers, so the click is ours.
    const link = mention.node.parentElement?.closest('a[href]');
    if (link) {
      if (this.o.settings().openOn !== 'click' || event.ctrlKey || event.metaKey || event.shiftKey)
        return;
      event.preventDefault();
    }
    this.o.target.show(mention, { x: event.clientX, y: event.clientY });
    this.o.popover.open({ mention, pinned: true, focus: false });
  }

  private onPointerDown(event: PointerEvent): void {
    const { popover } = this.o;
    if (!event.isTrusted || !popover.openFor || this.fromOurUi(event)) return;
    if (this.hitAt(event.clientX, event.clientY) === popover.openFor) return;
    popover.close();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!event.isTrusted || this.fromOurUi(event)) return;
    const { popover } = this.o;
    if (event.key === 'Escape' && popover.openFor) {
      // Elsewhere on the page Esc may mean something to the page too; let it through.
      popover.close();
      return;
    }
    if (event.key === 'Tab' && this.o.settings().tabOrder && !event.altKey && !event.ctrlKey) {
      const active = deepActiveElement(this.o.doc);
      const onPage = active && active !== this.o.doc.body && active !== this.o.doc.documentElement;
      const from = onPage ? { node: active, offset: 0 } : null;
      this.tab({ event, from });
    }
  }

  private onTargetKeydown(event: KeyboardEvent): void {
    const { target, popover } = this.o;
    const mention = target.current;
    if (!event.isTrusted || !mention) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      popover.open({ mention, pinned: true, focus: true });
    } else if (event.key === 'Escape' && popover.openFor) {
      event.preventDefault();
      popover.close({ restoreFocus: true });
    } else if (event.key === 'Tab') {
      this.tab({ event, from: { node: mention.node, offset: mention.range.startOffset } });
    }
  }

  /** Tab among the page's focusable elements and the mentions, in document order. */
  private tab({ event, from }: { event: KeyboardEvent; from: Place | null }): void {
    const { doc, index, target } = this.o;
    const stop = nextStop({ doc, from, mentions: index.ordered(), back: event.shiftKey });
    const onTarget = target.focused;
    if (stop && 'mention' in stop) {
      event.preventDefault();
      this.focusMention(stop.mention);
    } else if (stop && onTarget) {
      // Focus leaves the target for the page element the browser would not pick from here.
      event.preventDefault();
      stop.element.focus();
    }
  }

  /** Moves the target to `mention`, focuses it and scrolls it into view. */
  focusMention(mention: PageMention): void {
    const { target, host } = this.o;
    host.attach();
    scrollToMention(mention);
    const wasFocused = target.focused;
    target.show(mention);
    // Focus that stays on the target fires no focus event: the move is the new focus.
    if (wasFocused) this.onTargetFocus();
    else target.focus();
  }

  private onTargetFocus(): void {
    const { popover, target, settings } = this.o;
    const mention = target.current;
    if (!mention) return;
    popover.preload(); // Enter may follow
    if (target.isReturning) return;
    if (settings().openOn === 'hover' && popover.openFor !== mention) {
      popover.open({ mention, pinned: false, focus: false });
    }
  }

  private onTargetBlur(event: FocusEvent): void {
    const { popover, host } = this.o;
    const to = event.relatedTarget;
    if (to instanceof Node && host.root.contains(to)) return;
    popover.blurred();
  }

  /** Keeps the target on its mention as the page scrolls or resizes. */
  private follow(): void {
    const { target, popover } = this.o;
    if (!target.current) return;
    if (!target.place() && popover.openFor) popover.close();
  }
}

/** Scrolls so that the mention is in the middle of the view. */
export function scrollToMention(mention: PageMention): void {
  const box = liveRange(mention)?.getBoundingClientRect();
  const view = mention.node.ownerDocument.defaultView;
  const parent = mention.node.parentElement;
  if (!box || !view || !parent) return;
  const inView =
    box.top >= 0 && box.bottom <= view.innerHeight && box.left >= 0 && box.right <= view.innerWidth;
  if (inView) return;
  // An element of a line or a paragraph scrolls its scrolling containers too; a huge one
  // (a whole <pre> log) would put the wrong part in view, so the window scrolls to the box.
  if (parent.getBoundingClientRect().height <= view.innerHeight / 2) {
    parent.scrollIntoView({ block: 'center', inline: 'nearest' });
  } else {
    view.scrollBy({ top: box.top - view.innerHeight / 2, left: 0 });
  }
}
