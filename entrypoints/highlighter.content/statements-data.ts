/**
 * What the content script needs to find disputed statements: the detectors of
 * data/detectors/*.json compiled to plain data, and each such dispute's question (the
 * statement's accessible name). Computed at BUILD time like ./entities.ts (the `precompute`
 * plugin in wxt.config.ts ships the exports as JSON); under vitest it runs as written. The
 * detector files are validated by `npm run validate` and the build (core/detector-data.ts).
 */
import { compileDetectors, type DetectorFile } from '@/core/detectors';
import { Dispute } from '@/core/schema';
import { z } from '@/core/zod';
import dprkArmsSupplyToRussia from '@/data/detectors/dprk-arms-supply-to-russia.json';
import leadersMeetingsCount from '@/data/detectors/leaders-meetings-count.json';
import putinArrivalDate from '@/data/detectors/putin-arrival-date.json';
import putinArrivalTime from '@/data/detectors/putin-arrival-time.json';
import relationshipLevel from '@/data/detectors/relationship-level.json';
import talksDuration from '@/data/detectors/talks-duration.json';
import talksVenue from '@/data/detectors/talks-venue.json';
import treatyReplaces from '@/data/detectors/treaty-replaces.json';
import ushakovTitle from '@/data/detectors/ushakov-title.json';
import disputes from '@/data/disputes.json';

/** Every file of data/detectors/ (statements-data.test.ts checks none is left out). */
const files = [
  dprkArmsSupplyToRussia,
  leadersMeetingsCount,
  putinArrivalDate,
  putinArrivalTime,
  relationshipLevel,
  talksDuration,
  talksVenue,
  treatyReplaces,
  ushakovTitle,
] as DetectorFile[];

export const COMPILED_DETECTORS = compileDetectors(files);

/** Dispute id → its question, for the disputes a detector can find on a page. */
export const STATEMENT_QUESTIONS: Readonly<Record<string, string>> = (() => {
  const ids = new Set(COMPILED_DETECTORS.rules.map((rule) => rule.dispute));
  return Object.fromEntries(
    z
      .array(Dispute)
      .parse(disputes)
      .filter((dispute) => ids.has(dispute.id))
      .map((dispute) => [dispute.id, dispute.question]),
  );
})();
