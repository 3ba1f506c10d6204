/**
 * The highlighter, loaded by the loader content script (entrypoints/highlighter.content/) with
 * `import()` once the page's text may hold a mention. Built as an ES module
 * (modules/esm-unlisted.ts) whose default export is what `main` returns. Loading it does
 * nothing by itself: a page that loaded this file would get one function and no access to
 * anything (it needs the content script's context and its extension APIs).
 */
import { highlightsModule } from './highlighter.content/start';

export default defineUnlistedScript(() => highlightsModule);
