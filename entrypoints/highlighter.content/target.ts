/**
 * The interaction target: one transparent, focusable element in the extension's host, laid
 * over the mention the reader points at or moves to by keyboard. It carries what a highlight
 * cannot (a highlight is no element): focus, Enter, the focus ring and the jump's flash, an
 * accessible name ("Vladimir Putin: context from 5 sources") and a box the popover is placed
 * at. The pointer passes through it (interaction.ts hit-tests pointer moves and clicks against
 * the index), so the page's text under it stays selectable and its links stay links. It
 * follows its mention when the page scrolls or re-lays out, and hides when the text goes away.
 */
import type { PageMention } from './mention-index';
import { liveRange } from './ranges';

/** How long a jump's flash lasts (the animation below). */
const FLASH_MS = 1600;

export const TARGET_CSS = `
.tl-target {
  position: fixed;
  box-sizing: border-box;
  margin: 0;
  padding: 0;
  border: 0;
  background: transparent;
  /* The pointer goes through to the page's text: selection, links and hover work as on any
     text; interaction.ts hit-tests the pointer against the index instead. */
  pointer-events: none;
  border-radius: 2px;
  outline: none;
}
.tl-target[hidden] { display: none; }
.tl-target:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.tl-target.tl-flash { animation: tl-flash 1.6s ease-out 1; }
@keyframes tl-flash {
  0%, 35% { outline: 3px solid #e66100; outline-offset: 3px; }
  100% { outline: 3px solid transparent; outline-offset: 3px; }
}
@media (prefers-reduced-motion: reduce) {
  .tl-target.tl-flash { animation: none; outline: 3px solid #e66100; outline-offset: 3px; }
}
`;

export class MentionTarget {
  readonly element: HTMLElement;
  private mention: PageMention | null = null;
  /** Which of the mention's line boxes to cover (the one hovered; the first by keyboard). */
  private line = 0;
  private readonly nameOf: (mention: PageMention) => string;
  /** True while focus is handed back (see `focus`): that focus opens nothing. */
  private returning = false;

  constructor({ root, nameOf }: { root: ShadowRoot; nameOf: (mention: PageMention) => string }) {
    this.nameOf = nameOf;
    const doc = root.ownerDocument ?? document;
    this.element = doc.createElement('div');
    this.element.className = 'tl-target';
    this.element.setAttribute('role', 'button');
    this.element.setAttribute('aria-haspopup', 'dialog');
    this.element.tabIndex = -1;
    this.element.hidden = true;
    root.append(this.element);
  }

  get current(): PageMention | null {
    return this.mention;
  }

  get focused(): boolean {
    const root = this.element.getRootNode() as ShadowRoot;
    return root.activeElement === this.element;
  }

  setTabbable(tabbable: boolean): void {
    this.element.tabIndex = tabbable ? 0 : -1;
  }

  /** Lays the target over `mention`; `point` picks the line box under the pointer. */
  show(mention: PageMention, point?: { x: number; y: number }): void {
    if (this.mention !== mention) {
      this.mention = mention;
      this.element.setAttribute('aria-label', this.nameOf(mention));
      // What the target stands for, for the extension's own tests (the page cannot see it).
      if (mention.kind === 'entity') {
        this.element.dataset.entity = mention.entity;
        delete this.element.dataset.dispute;
      } else {
        this.element.dataset.dispute = mention.dispute;
        delete this.element.dataset.entity;
      }
      this.element.classList.remove('tl-flash');
    }
    this.line = 0;
    if (point) {
      const boxes = [...(liveRange(mention)?.getClientRects() ?? [])];
      const at = boxes.findIndex(
        (box) =>
          point.y >= box.top - 1 &&
          point.y <= box.bottom + 1 &&
          point.x >= box.left - 1 &&
          point.x <= box.right + 1,
      );
      this.line = Math.max(0, at);
    }
    this.element.hidden = false;
    this.place();
  }

  /** Moves the target with its mention; false (and hidden) when the mention's text is gone. */
  place(): boolean {
    const mention = this.mention;
    const box = mention ? liveRange(mention)?.getClientRects()[this.line] : undefined;
    if (!mention || !box) {
      this.hide();
      return false;
    }
    const style = this.element.style;
    style.left = `${box.left}px`;
    style.top = `${box.top}px`;
    style.width = `${box.width}px`;
    style.height = `${box.height}px`;
    return true;
  }

  hide(): void {
    this.mention = null;
    this.element.hidden = true;
    this.element.classList.remove('tl-flash');
  }

  /** Focuses the target; `returning`: focus handed back from the popover, which opens nothing. */
  focus({ returning = false }: { returning?: boolean } = {}): void {
    this.returning = returning;
    try {
      this.element.focus({ preventScroll: true });
    } finally {
      this.returning = false;
    }
  }

  /** Whether the focus being handled now is focus handed back (see `focus`). */
  get isReturning(): boolean {
    return this.returning;
  }

  /** Flashes the target's outline (a jump's "here it is"); it ends by itself. */
  flash(): void {
    const { element } = this;
    element.classList.remove('tl-flash');
    void element.offsetWidth; // restarts the animation on a repeat jump
    element.classList.add('tl-flash');
    clearTimeout(this.flashTimer);
    const view = element.ownerDocument.defaultView ?? window;
    this.flashTimer = view.setTimeout(() => element.classList.remove('tl-flash'), FLASH_MS);
  }

  private flashTimer: number | undefined;
}
