/**
 * The knowledge base as shipped in the extension (content script, popup, viewer). Built without
 * the article texts: those are not bundled with the content script, and every quote was already
 * checked against them by `npm run validate` and the build hook.
 *
 * Built on first use, not at import: the content script runs on every page, and most pages never
 * open a popover, so they should not pay for validating and indexing the data (~6 ms).
 */
import claims from '../data/claims.json';
import disputes from '../data/disputes.json';
import entities from '../data/entities.json';
import sources from '../data/sources.json';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge';

let built: KnowledgeBase | undefined;

export function bundledKnowledge(): KnowledgeBase {
  built ??= createKnowledgeBase({ data: { sources, entities, claims, disputes } });
  return built;
}
