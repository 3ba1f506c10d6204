/**
 * Moving between mentions: the popup's "jump to" (scroll + flash, cycling per entity) and the
 * keyboard command's "next mention" (focus + popover).
 */
import type { ContentScriptContext } from '#imports';
import type { EntityId } from '@/core/schema';
import { POPOVER_TAG } from './collect';
import type { Highlighter } from './highlighter';
import { compareComposed, deepActiveElement } from './order';
import type { PopoverController } from './popover';
import { FLASH_ATTR } from './styles';
import { MARK_ATTR } from './wrap';

const FLASH_MS = 1600;

export class MentionNavigator {
  private readonly ctx: ContentScriptContext;
  private readonly highlighter: Highlighter;
  private readonly popover: PopoverController;
  private readonly doc: Document;
  private lastJumped = new Map<EntityId, HTMLElement>();
  private lastFocused: HTMLElement | null = null;
  /** The mark flashing now: one at a time, so the reader's eye goes to the latest jump. */
  private flashing: { mark: HTMLElement; timer: number } | null = null;

  constructor(options: {
    ctx: ContentScriptContext;
    highlighter: Highlighter;
    popover: PopoverController;
    document: Document;
  }) {
    this.ctx = options.ctx;
    this.highlighter = options.highlighter;
    this.popover = options.popover;
    this.doc = options.document;
  }

  /** Scrolls to the next mark of `entity` after the last one jumped to, and flashes it. */
  jump(entity: EntityId): HTMLElement | null {
    const marks = this.highlighter.marks().filter((m) => m.getAttribute(MARK_ATTR) === entity);
    const previous = this.lastJumped.get(entity);
    const mark = marks[previous ? (marks.indexOf(previous) + 1) % marks.length : 0];
    if (!mark) return null;
    this.lastJumped.set(entity, mark);
    mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
    this.flash(mark);
    return mark;
  }

  /**
   * Focuses the first mark after the focused element (or after the mark focused last, when focus
   * is in the popover or nowhere), wrapping around, and opens its popover.
   */
  next(): HTMLElement | null {
    const marks = this.highlighter.marks();
    if (marks.length === 0) return null;
    // Focus in our own popover (the document sees its host) says nothing about the page.
    const inOurUi = this.doc.activeElement?.localName === POPOVER_TAG;
    const active = inOurUi ? null : deepActiveElement(this.doc);
    const onPage = active && active !== this.doc.body && active !== this.doc.documentElement;
    const reference = onPage ? active : this.lastFocused;
    const mark = (reference && marks.find((m) => compareComposed(m, reference) > 0)) || marks[0];
    if (!mark) return null;
    this.lastFocused = mark;
    // A mark is focusable only when the reader put marks in the tab order; -1 lets us focus
    // this one without adding it to the tab order.
    if (!mark.hasAttribute('tabindex'))
      this.highlighter.write(() => mark.setAttribute('tabindex', '-1'));
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
    this.popover.open({ mark, focus: true });
    return mark;
  }

  private flash(mark: HTMLElement): void {
    const previous = this.flashing;
    if (previous) clearTimeout(previous.timer);
    this.highlighter.write(() => {
      previous?.mark.removeAttribute(FLASH_ATTR);
      // Reading layout between removing and setting restarts the animation on a repeat jump.
      void mark.offsetWidth;
      mark.setAttribute(FLASH_ATTR, '');
    });
    const timer = this.ctx.setTimeout(() => {
      this.flashing = null;
      this.highlighter.write(() => mark.removeAttribute(FLASH_ATTR));
    }, FLASH_MS);
    this.flashing = { mark, timer };
  }
}
