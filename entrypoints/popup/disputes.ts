/**
 * The question of each dispute whose statements a page can show (kind `fact` or
 * `characterisation`), for the popup's "Sources differ" list. Computed at build time (the
 * `precompute` plugin in wxt.config.ts), so the popup ships the questions, not the disputes.
 */
import { Dispute } from '@/core/schema';
import { z } from '@/core/zod';
import disputes from '@/data/disputes.json';

export const DISPUTE_QUESTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  z
    .array(Dispute)
    .parse(disputes)
    .filter((dispute) => dispute.kind !== 'naming')
    .map((dispute) => [dispute.id, dispute.question]),
);
