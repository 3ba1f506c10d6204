/**
 * The knowledge base as shipped in the extension (content script, popup, viewer). Built without
 * the article texts: those are not bundled with the content script, and every quote was already
 * checked against them by `npm run validate` and the build hook.
 */
import claims from '../data/claims.json';
import disputes from '../data/disputes.json';
import entities from '../data/entities.json';
import sources from '../data/sources.json';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge';

export const knowledge: KnowledgeBase = createKnowledgeBase({
  data: { sources, entities, claims, disputes },
});
