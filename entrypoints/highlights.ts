/**
 * The highlighter, loaded by the loader content script (entrypoints/highlighter.content/) with
 * `import()` at the first text of the page that holds one of the prefilter's anchor words.
 * Built as an ES module (modules/esm-unlisted.ts) whose default export is what `main` returns.
 * Loading it does nothing by itself: a page that loaded this file would get the prefilter's
 * source and one function, and no access to anything (the function needs the content script's
 * context and its extension APIs).
 */
import { highlightsModule } from './highlighter.content/start';

export default defineUnlistedScript(() => highlightsModule);
