/**
 * data/detectors/<dispute id>.json checked: the schema, then against data/disputes.json (the
 * dispute exists and is `fact` or `characterisation`; every account a value names exists and
 * one of its quotes contains the value's witness) and as regexes (every pattern compiles, as the
 * detector will run it). Violations name the file, the item and the reason, like the rest of
 * data/ (core/knowledge.ts). Uses zod, so the validator and build use it, never the content script.
 */

import {
  DETECTOR_FLAGS,
  DETECTOR_LANGS,
  type DetectorFile,
  type DetectorLang,
  type PatternList,
  patternSource,
} from './detectors';
import { collapseWhitespace, type Violation } from './knowledge';
import type { Dispute } from './schema';
import { z } from './zod';

const text = z.string().trim().min(1);

const PatternListSchema = z.strictObject({
  purpose: text,
  patterns: z.array(text).min(1),
});

const ValueEntrySchema = z.strictObject({
  account: z.union([z.number().int().min(0), text]),
  witness: text,
  purpose: text,
  patterns: z.array(text).min(1),
  cues: z.array(PatternListSchema).optional(),
  vetoes: PatternListSchema.optional(),
  clause: z.literal(true).optional(),
  standalone: z.literal(true).optional(),
});

const OccasionSchema = z.strictObject({
  purpose: text,
  this: PatternListSchema.optional(),
  required: z.boolean().optional(),
  other: PatternListSchema,
});

const CarrySchema = z.strictObject({
  purpose: text,
  cues: z.array(z.number().int().min(0)).min(1),
  unless: PatternListSchema.optional(),
});

const LanguageRulesSchema = z.strictObject(
  {
    cues: z.array(PatternListSchema).min(1),
    carry: CarrySchema.optional(),
    near: z.number().int().positive().optional(),
    vetoes: PatternListSchema.optional(),
    occasion: OccasionSchema.optional(),
    values: z.array(ValueEntrySchema).min(1),
  },
  {
    error: (issue) =>
      issue.input === undefined ? 'missing: every detector has rules for en, ko and ru' : undefined,
  },
);

export const DetectorFileSchema = z.strictObject({
  dispute: text,
  purpose: text,
  shipped: z.boolean().optional(),
  reason: text.optional(),
  en: LanguageRulesSchema,
  ko: LanguageRulesSchema,
  ru: LanguageRulesSchema,
});

/** Compile-time proof that the schema and the content script's plain type agree. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<typeof DetectorFileSchema>, DetectorFile> = true;
void schemaMatchesType;

export const DETECTORS_DIR = 'data/detectors';

/** The kinds a statement on a page can take a side in; naming disputes are spellings, not statements. */
const DETECTABLE_KINDS: ReadonlySet<string> = new Set(['fact', 'characterisation']);

export interface DetectorCheck {
  violations: Violation[];
  /** The files that passed every check, in the order given. */
  detectors: DetectorFile[];
  /** fact and characterisation disputes that have no detector yet (reported, not a violation). */
  uncovered: string[];
}

/**
 * `files`: file name (`putin-arrival-time.json`) → parsed JSON. `disputes`: the disputes that
 * passed their own checks (data/disputes.json).
 */
export function checkDetectors(options: {
  files: ReadonlyMap<string, unknown>;
  disputes: readonly Dispute[];
}): DetectorCheck {
  const { files, disputes } = options;
  const violations: Violation[] = [];
  const detectors: DetectorFile[] = [];
  const byId = new Map(disputes.map((dispute) => [dispute.id, dispute]));
  const covered = new Set<string>();

  for (const [name, raw] of files) {
    const file = `${DETECTORS_DIR}/${name}`;
    const parsed = DetectorFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.');
        violations.push({ file, id: idOf(raw, name), reason: `${path}: ${issue.message}` });
      }
      continue;
    }
    const detector = parsed.data;
    const before = violations.length;
    const report = (reason: string): void => {
      violations.push({ file, id: detector.dispute, reason });
    };
    if (name !== `${detector.dispute}.json`) {
      report(`file name must be ${detector.dispute}.json (the dispute id)`);
    }
    if (detector.shipped === false && detector.reason === undefined) {
      report('shipped: false needs a reason (why its precision is not trusted)');
    }
    if (detector.shipped !== false && detector.reason !== undefined) {
      report('reason is only for a detector that is not shipped (shipped: false)');
    }
    if (covered.has(detector.dispute)) report('a second detector for this dispute');
    covered.add(detector.dispute);
    const dispute = byId.get(detector.dispute);
    if (dispute === undefined) {
      report('no dispute with this id in data/disputes.json');
    } else if (!DETECTABLE_KINDS.has(dispute.kind)) {
      report(`dispute is of kind "${dispute.kind}": detectors are for fact and characterisation`);
    }
    for (const lang of DETECTOR_LANGS) {
      checkLanguage({ detector, lang, dispute, report });
    }
    if (violations.length === before) detectors.push(detector);
  }

  const uncovered = disputes
    .filter((dispute) => DETECTABLE_KINDS.has(dispute.kind) && !covered.has(dispute.id))
    .map((dispute) => dispute.id);
  return { violations, detectors, uncovered };
}

function idOf(raw: unknown, name: string): string {
  const dispute =
    typeof raw === 'object' && raw !== null ? (raw as { dispute?: unknown }).dispute : undefined;
  return typeof dispute === 'string' && dispute !== '' ? dispute : name;
}

function checkLanguage(options: {
  detector: DetectorFile;
  lang: DetectorLang;
  dispute: Dispute | undefined;
  report: (reason: string) => void;
}): void {
  const { detector, lang, dispute, report } = options;
  const rules = detector[lang];
  const compiles = (list: PatternList, at: string, role: 'cue' | 'value'): void => {
    list.patterns.forEach((pattern, i) => {
      try {
        new RegExp(patternSource({ pattern, lang, role }), DETECTOR_FLAGS);
      } catch (error) {
        report(`${at}.patterns[${i}]: does not compile: ${(error as Error).message}`);
      }
    });
  };
  rules.cues.forEach((cue, i) => {
    compiles(cue, `${lang}.cues[${i}]`, 'cue');
  });
  if (rules.vetoes) compiles(rules.vetoes, `${lang}.vetoes`, 'cue');
  if (rules.occasion?.this) compiles(rules.occasion.this, `${lang}.occasion.this`, 'cue');
  if (rules.occasion) compiles(rules.occasion.other, `${lang}.occasion.other`, 'cue');
  if (rules.carry) {
    if (rules.carry.unless) compiles(rules.carry.unless, `${lang}.carry.unless`, 'cue');
    if (!rules.occasion)
      report(`${lang}.carry: only with an occasion, which judges the sentence before too`);
    for (const index of rules.carry.cues) {
      const last = rules.near !== undefined && index === rules.cues.length - 1;
      if (index >= rules.cues.length || last) {
        report(
          `${lang}.carry.cues: ${index} is not a cue group P may supply (none, or the near group)`,
        );
      }
    }
  }
  if (rules.occasion?.required && !rules.occasion.this) {
    report(`${lang}.occasion.required: needs "this", the markers a sentence must show`);
  }
  rules.values.forEach((value, i) => {
    const at = `${lang}.values[${i}]`;
    compiles(value, at, 'value');
    value.cues?.forEach((cue, j) => {
      compiles(cue, `${at}.cues[${j}]`, 'cue');
    });
    if (value.vetoes) compiles(value.vetoes, `${at}.vetoes`, 'cue');
    if (value.standalone && ((value.cues ?? []).length === 0 || rules.near !== undefined)) {
      report(`${at}.standalone: needs its own "cues", and a language without "near"`);
    }
    if (dispute === undefined) return;
    const account =
      typeof value.account === 'number'
        ? dispute.accounts[value.account]
        : dispute.accounts.find((candidate) => accountId(candidate) === value.account);
    if (account === undefined) {
      report(`${at}.account: ${JSON.stringify(value.account)} is not an account of the dispute`);
      return;
    }
    const witness = collapseWhitespace(value.witness).toLowerCase();
    const quoted = account.evidence.some((evidence) =>
      collapseWhitespace(evidence.quote).toLowerCase().includes(witness),
    );
    if (!quoted) {
      report(
        `${at}.witness: "${value.witness}" is in no quote of account ${JSON.stringify(value.account)} ` +
          '(were the accounts reordered or rewritten?)',
      );
    }
  });
}

/** An account's stable id, once data/disputes.json gives accounts one (see docs/sentence-annotations.md). */
function accountId(account: Dispute['accounts'][number]): string | undefined {
  const id = (account as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
