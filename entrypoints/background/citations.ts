/**
 * Every citation reference the card can send, with its passage (core/citations.ts), computed at
 * BUILD time: the `precompute` plugin (scripts/precompute.ts, in wxt.config.ts) runs this module
 * in Node and ships its export as JSON, so the background holds the quotes (~48 KB) instead of
 * the whole knowledge base and the code that checks and indexes it. Under vitest it runs as written.
 */
import { bundledKnowledge } from '@/core/bundled';
import { citationPassages } from '@/core/citations';

export const CITATIONS = citationPassages(bundledKnowledge());
