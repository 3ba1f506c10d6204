/**
 * The popover's heavy half, loaded on first use (see ./card-loader.ts): the shadow-root UI and
 * its CSS, the knowledge base (claims and disputes), the card's Preact components and
 * floating-ui. The content script itself keeps only the listeners and the open/close state
 * (./popover.tsx), so a page where nobody hovers a highlight never evaluates any of this.
 *
 * Built into `popover-card.js` (entrypoints/popover-card.ts), an ES module the content script
 * imports at run time; it runs in the content script's isolated world, like the content script.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { browser, type ContentScriptContext, createShadowRootUi } from '#imports';
import { EntityCard } from '@/components/EntityCard';
import { bundledKnowledge } from '@/core/bundled';
import type { Message } from '@/core/messages';
import { EntityId } from '@/core/schema';
import { type Citation, entityView } from '@/core/views';
import css from './popover.css?inline';

/** The popover's UI, made once per frame on first use. */
export interface CardUi {
  /** The `<treaty-lens-popover>` host element, in the page. */
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** The dialog element `buildDialog` made, inside the shadow root. */
  readonly dialog: HTMLElement;
  /** Renders the card of `entity` into the dialog; false (nothing rendered) if it is unknown. */
  render(options: { entity: string; titleId: string; onClose: () => void }): boolean;
  /** Empties the dialog. */
  clear(): void;
  /** Keeps the dialog placed at `mark` (scroll, resize, layout) until the returned stop(). */
  follow(options: { mark: HTMLElement; onGone: () => void }): () => void;
  /** Takes the host out of the page for good. */
  remove(): void;
}

export interface CardModule {
  /** Builds the knowledge base ahead of the first card (the reader's pointer is on a mark). */
  prepare(): void;
  createCardUi(options: {
    ctx: ContentScriptContext;
    name: string;
    /** Makes the dialog element (with the listeners of the popover's state) in `container`. */
    buildDialog: (container: HTMLElement) => HTMLElement;
  }): Promise<CardUi>;
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

function place({ mark, el }: { mark: HTMLElement; el: HTMLElement }) {
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

async function createCardUi({
  ctx,
  name,
  buildDialog,
}: Parameters<CardModule['createCardUi']>[0]): Promise<CardUi> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name,
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css,
    // Keys typed in the popover stay there: page shortcuts must not fire behind a dialog.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => buildDialog(container),
    onRemove: (el) => el && render(null, el),
  });
  ui.mount();
  const dialog = ui.mounted;
  if (!dialog) throw new Error('[treaty-lens] the popover did not mount');
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    dialog,
    render({ entity, titleId, onClose }) {
      const id = EntityId.safeParse(entity);
      if (!id.success) return false;
      render(
        <EntityCard
          key={id.data}
          view={entityView({ knowledge: bundledKnowledge(), id: id.data })}
          titleId={titleId}
          onOpen={openCitation}
          onClose={onClose}
          onJudged={openEditorial}
        />,
        dialog,
      );
      return true;
    },
    clear() {
      render(null, dialog);
    },
    follow({ mark, onGone }) {
      return autoUpdate(mark, dialog, () => {
        if (mark.isConnected) place({ mark, el: dialog });
        else onGone(); // the highlight went away (highlighting turned off, page re-rendered)
      });
    },
    remove() {
      ui.remove();
    },
  };
}

export const cardModule: CardModule = {
  prepare() {
    bundledKnowledge();
  },
  createCardUi,
};
