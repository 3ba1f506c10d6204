/**
 * The popover's heavy half, loaded on first use (see ./card-loader.ts): the dialog's CSS, the
 * knowledge base (claims and disputes), the card's Preact components and floating-ui, mounted
 * into the extension's closed shadow root (ui-host.ts). The highlighter keeps only the open/close
 * state (./popover.ts), so a page where nobody points at a highlight never evaluates any of this.
 *
 * Built into `popover-card.js` (entrypoints/popover-card.ts), an ES module the content script
 * imports at run time; it runs in the content script's isolated world, like the content script.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render, type VNode } from 'preact';
import { browser } from '#imports';
import { EntityCard } from '@/components/EntityCard';
import { StatementCard } from '@/components/StatementCard';
import { bundledKnowledge } from '@/core/bundled';
import { statementCard } from '@/core/dispute-view';
import type { Message } from '@/core/messages';
import { EntityId } from '@/core/schema';
import { type Citation, entityView } from '@/core/views';
import type { CardSubject } from './card-subject';
import css from './popover.css?inline';

/** What the popover is placed at: a mention's range (live while the card is open), its node. */
export interface CardAnchor {
  range: Range;
  node: Node;
}

/** The popover's UI, made once per frame on first use, in the extension's closed shadow root. */
export interface CardUi {
  /** The dialog element `buildDialog` made, inside the shadow root. */
  readonly dialog: HTMLElement;
  /** Renders the card of `subject` into the dialog; false (nothing rendered) if it is unknown. */
  render(options: { subject: CardSubject; titleId: string; onClose: () => void }): boolean;
  /** Empties the dialog. */
  clear(): void;
  /**
   * Keeps the dialog placed at `anchor` (scroll, resize, layout) until the returned stop();
   * `onMove` runs after each placement, `onGone` once the anchor's text is gone.
   */
  follow(options: { anchor: CardAnchor; onMove: () => void; onGone: () => void }): () => void;
  /** Takes the card's elements out of the shadow root. */
  remove(): void;
}

export interface CardModule {
  /** Builds the knowledge base ahead of the first card (the reader's pointer is on a mark). */
  prepare(): void;
  createCardUi(options: {
    /** The extension's closed shadow root (ui-host.ts). */
    root: ShadowRoot;
    /** Makes the dialog element (with the listeners of the popover's state) in `container`. */
    buildDialog: (container: HTMLElement) => HTMLElement;
  }): CardUi;
}

/**
 * Asks the background to open the viewer at a citation, by its reference (the background
 * resolves it). Only for the reader's own clicks and key presses: a click a page script made
 * (`isTrusted` false) opens nothing.
 */
function openCitation(citation: Citation, event: Event) {
  if (!event.isTrusted) return;
  const message: Message = { type: 'open-source', citation: citation.ref };
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    console.warn('[treaty-lens] could not open the source viewer', error);
  });
}

function openEditorial() {
  const message: Message = { type: 'open-editorial' };
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    console.warn('[treaty-lens] could not open "How this is judged"', error);
  });
}

/** A range as floating-ui's virtual element, scrolled with the element its text is in. */
function virtual(anchor: CardAnchor) {
  const { range, node } = anchor;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: node.parentElement ?? undefined,
  };
}

function place({ anchor, el }: { anchor: CardAnchor; el: HTMLElement }) {
  // Let flip judge the card's natural height each time, not the height size() last imposed,
  // or the placement could settle on whichever side it happened to be squeezed into.
  el.style.maxHeight = '';
  void computePosition(virtual(anchor), el, {
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

/** The card of `subject`, or null when the bundled data has no such entity or dispute. */
function cardOf({
  subject,
  titleId,
  onClose,
}: {
  subject: CardSubject;
  titleId: string;
  onClose: () => void;
}): VNode | null {
  const props = { titleId, onOpen: openCitation, onClose, onJudged: openEditorial };
  const knowledge = bundledKnowledge();
  if (subject.kind === 'statement') {
    const { dispute, account, stated } = subject;
    try {
      const card = statementCard({ knowledge, disputeId: dispute, account, stated });
      return <StatementCard key={`${dispute}/${account}`} card={card} {...props} />;
    } catch {
      return null; // detectors are validated against the same data: not expected
    }
  }
  const id = EntityId.safeParse(subject.entity);
  if (!id.success) return null;
  return <EntityCard key={id.data} view={entityView({ knowledge, id: id.data })} {...props} />;
}

function createCardUi({ root, buildDialog }: Parameters<CardModule['createCardUi']>[0]): CardUi {
  const doc = root.ownerDocument ?? document;
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  root.append(style, container);
  const dialog = buildDialog(container);
  return {
    dialog,
    render({ subject, titleId, onClose }) {
      const card = cardOf({ subject, titleId, onClose });
      if (!card) return false;
      render(card, dialog);
      return true;
    },
    clear() {
      render(null, dialog);
    },
    follow({ anchor, onMove, onGone }) {
      return autoUpdate(virtual(anchor), dialog, () => {
        if (anchor.node.isConnected && !anchor.range.collapsed) {
          place({ anchor, el: dialog });
          onMove();
        } else {
          onGone(); // the mention's text went away (page re-rendered, highlighting off)
        }
      });
    },
    remove() {
      render(null, dialog);
      style.remove();
      container.remove();
    },
  };
}

export const cardModule: CardModule = {
  prepare() {
    bundledKnowledge();
  },
  createCardUi,
};
