/**
 * Keeps WXT's start-up handshake out of the page. Imported first, for its effect, by every
 * content script entrypoint — before WXT's entry code makes the script's ContentScriptContext.
 *
 * WXT's context tells older copies of a content script that a newer one started (so that a
 * reloaded extension's orphans stop) through the page's own DOM: it dispatches a CustomEvent on
 * `document` named `<extension id>:<script>:wxt:content-script-started`, posts a `message` to the
 * window unless `noScriptStartedPostMessage` is set, and ends itself when it sees that event with
 * its script's name and another id. Pages share the DOM with content scripts, and the event's
 * name is computable from the extension's public id, so a page could listen for it (learning that
 * Treaty Lens runs, in every frame, highlighting on or off) and dispatch or replay it (ending the
 * highlighter until the page is reloaded).
 *
 * Here the handshake goes through the content scripts' isolated world instead, which the page
 * cannot see: the newest context per script name is kept on `globalThis` under a `Symbol.for`
 * key (the same world holds the settings feed, utils/settings-feed.ts), and a new context ends
 * the one it replaces. Nothing is dispatched on the page and nothing on the page is listened to.
 * A reloaded or removed extension's scripts still stop: WXT's `isInvalid` checks `runtime.id`,
 * which is gone in an orphaned content script.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const CONTEXTS = Symbol.for('treaty-lens:content-script-contexts');
type Holder = { [CONTEXTS]?: Map<string, ContentScriptContext> };

/** WXT keeps the script's name private; the handshake needs it. */
const nameOf = (ctx: ContentScriptContext) =>
  (ctx as unknown as { contentScriptName: string }).contentScriptName;

const proto = ContentScriptContext.prototype;

proto.stopOldScripts = function stopOldScripts(this: ContentScriptContext) {
  const holder = globalThis as Holder;
  holder[CONTEXTS] ??= new Map();
  const older = holder[CONTEXTS].get(nameOf(this));
  holder[CONTEXTS].set(nameOf(this), this);
  if (older && older !== this) older.notifyInvalidated();
};

proto.listenForNewerScripts = function listenForNewerScripts() {
  // Nothing on the page can end a content script: newer ones are found in stopOldScripts.
};
