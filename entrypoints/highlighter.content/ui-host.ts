/**
 * The one element the extension adds to a page: a built-in `<div>` appended to `<html>`, with a
 * CLOSED shadow root holding the interaction target and the popover (page contract). Built-in,
 * not a custom element name: a page that defined that name first would construct our host and
 * could reach even a closed root through `attachInternals()`. The page sees an empty div; its
 * scripts cannot reach anything inside, and its styles cannot either (the inline style below
 * is `!important`, which beats every author rule of the page).
 */

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: auto',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

export interface UiHost {
  /** The `<div>` in the page (it is all the page sees of it). */
  readonly element: HTMLElement;
  /** Its closed shadow root: the target, the popover and their styles live here. */
  readonly root: ShadowRoot;
  /** Appends the host to `<html>` again when the page took it out (some pages rebuild it). */
  attach(): void;
  /** Takes the host out of the page for good. */
  remove(): void;
}

export function createUiHost({ doc, css }: { doc: Document; css: string }): UiHost {
  const element = doc.createElement('div');
  element.setAttribute('style', HOST_STYLE);
  const root = element.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  // Keys typed in our UI are ours: page shortcuts must not fire behind the dialog.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }
  const attach = () => {
    if (!element.isConnected || element.parentNode !== doc.documentElement) {
      doc.documentElement.append(element);
    }
  };
  return { element, root, attach, remove: () => element.remove() };
}
