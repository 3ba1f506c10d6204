/**
 * The popover's card, loaded by the highlighter content script on first use (a reader's pointer
 * or focus on a highlight) with `import()`; see entrypoints/highlighter.content/card-loader.ts.
 * Built as an ES module (modules/esm-unlisted.ts) whose default export is what `main` returns.
 * Loading it does nothing by itself: a page that loaded this file would get two functions and
 * no access to anything (they need the content script's context and its extension APIs).
 */
import { cardModule } from './highlighter.content/card';

export default defineUnlistedScript(() => cardModule);
