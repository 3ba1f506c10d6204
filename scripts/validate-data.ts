/**
 * Checks `data/` from disk: every quote against its article, every cross-reference, the schema.
 * Run by `npm run validate` (and so `npm test`) and by the `build:before` hook in wxt.config.ts,
 * so a broken data file stops the build with the file, the item and the reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDetectors, DETECTORS_DIR } from '../core/detector-data';
import { STANDARD_TREATY_NAMES } from '../core/editorial-rules';
import {
  createKnowledgeBase,
  DATA_FILES,
  formatViolation,
  type KnowledgeBase,
  KnowledgeError,
  type RawData,
  type Violation,
  validateKnowledge,
} from '../core/knowledge';
import {
  LEXICON_FILES,
  type LexiconName,
  type RawLexicon,
  validateLexicon,
} from '../core/lexicon-check';
import { Dispute, Entity, LANGS, SOURCE_IDS, type SourceId } from '../core/schema';

export interface DataDir {
  data: RawData;
  /** The word lists of data/lexicon/ (see core/lexicon-check.ts). */
  lexicon: RawLexicon;
  texts: Partial<Record<SourceId, string>>;
  /** data/detectors/*.json by file name (none when the folder is absent). */
  detectors: Map<string, unknown>;
  /** Files that could not be read or parsed as JSON. */
  violations: Violation[];
}

/** `dir` is the `data/` folder; violation paths stay `data/...` whatever `dir` is called. */
export function readDataDir(options: { dir: string }): DataDir {
  const violations: Violation[] = [];
  const readJson = (file: string): unknown => {
    const path = join(options.dir, file.replace(/^data\//, ''));
    if (!existsSync(path)) {
      violations.push({ file, id: '(file)', reason: 'file is missing' });
      return undefined;
    }
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      violations.push({
        file,
        id: '(file)',
        reason: `not valid JSON: ${(error as Error).message}`,
      });
      return undefined;
    }
  };
  const data: RawData = {
    sources: readJson(DATA_FILES.sources),
    entities: readJson(DATA_FILES.entities),
    claims: readJson(DATA_FILES.claims),
    disputes: readJson(DATA_FILES.disputes),
    standardTreatyNames: readJson(STANDARD_TREATY_NAMES),
  };
  const lexicon = Object.fromEntries(
    (Object.entries(LEXICON_FILES) as [LexiconName, string][]).map(([name, file]) => [
      name,
      readJson(file),
    ]),
  ) as RawLexicon;
  const texts: Partial<Record<SourceId, string>> = {};
  for (const id of SOURCE_IDS) {
    const path = join(options.dir, 'sources', `${id}.txt`);
    if (existsSync(path)) texts[id] = readFileSync(path, 'utf8');
  }
  const detectors = new Map<string, unknown>();
  const detectorDir = join(options.dir, 'detectors');
  if (existsSync(detectorDir)) {
    for (const name of readdirSync(detectorDir).sort()) {
      if (!name.endsWith('.json')) continue;
      const value = readJson(`${DETECTORS_DIR}/${name}`);
      if (value !== undefined) detectors.set(name, value);
    }
  }
  return { data, lexicon, texts, detectors, violations };
}

export interface DataReport {
  violations: Violation[];
  /** One line of counts; present only when there are no violations. */
  summary?: string;
}

export function validateDataDir(options: { dir: string }): DataReport {
  const { data, lexicon, texts, detectors, violations: unreadable } = readDataDir(options);
  // An unreadable file would otherwise also be reported as "not an array" and its items as missing.
  const skip = new Set(unreadable.map((violation) => violation.file));
  // The lexicon is checked against the entities (aliases, ids) that parse, and detectors against
  // the disputes that do, even when other items of data/ do not: their own problems are
  // reported beside the others, not hidden by them.
  const entities = (Array.isArray(data.entities) ? data.entities : []).flatMap((item) => {
    const parsed = Entity.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const disputes = (Array.isArray(data.disputes) ? data.disputes : []).flatMap((item: unknown) => {
    const parsed = Dispute.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const detectorCheck = checkDetectors({ files: detectors, disputes });
  const violations = [
    ...unreadable,
    ...[...validateKnowledge({ data, texts }), ...validateLexicon({ lexicon, entities })].filter(
      (violation) => !skip.has(violation.file),
    ),
    ...detectorCheck.violations,
  ];
  if (violations.length > 0) return { violations };
  const knowledge = createKnowledgeBase({ data, texts });
  const line = summarize({ knowledge, lexicon: Object.keys(lexicon).length });
  if (detectors.size === 0) return { violations, summary: line };
  const uncovered =
    detectorCheck.uncovered.length === 0
      ? ''
      : ` (fact/characterisation disputes without one: ${detectorCheck.uncovered.join(', ')})`;
  return {
    violations,
    summary: line.replace(
      / — ok$/,
      `, ${detectors.size} detectors (${shipped(detectors)} shipped)${uncovered} — ok`,
    ),
  };
}

/** For the build hook: returns the summary line, or throws an Error listing every violation. */
export function assertValidData(options: { dir: string }): string {
  const { violations, summary } = validateDataDir(options);
  if (summary === undefined) {
    throw new Error(
      `data/ is invalid (${violations.length}):\n${new KnowledgeError(violations).message}`,
    );
  }
  return summary;
}

export function summarize(options: { knowledge: KnowledgeBase; lexicon?: number }): string {
  const { entities, claims, disputes } = options.knowledge;
  const corroborated = claims.filter((claim) => claim.status === 'corroborated').length;
  const aliases = LANGS.map((lang) =>
    entities.reduce((sum, entity) => sum + entity.aliases[lang].length, 0),
  );
  return (
    `data: ${entities.length} entities, ${claims.length} claims ` +
    `(${corroborated} corroborated, ${claims.length - corroborated} single-source), ` +
    `${disputes.length} disputes, aliases ${LANGS.join('/')}: ${aliases.join('/')}` +
    `${options.lexicon === undefined ? '' : `, lexicon: ${options.lexicon} lists`} — ok`
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (invokedDirectly) {
  const dir = resolve(fileURLToPath(import.meta.url), '../../data');
  const { violations, summary } = validateDataDir({ dir });
  if (summary === undefined) {
    for (const violation of violations) console.error(formatViolation(violation));
    console.error(`data: ${violations.length} violation(s)`);
    process.exit(1);
  }
  console.log(summary);
}

/** How many detector files ship (not marked `shipped: false`). */
function shipped(files: ReadonlyMap<string, unknown>): number {
  return [...files.values()].filter(
    (file) => (file as { shipped?: unknown } | null)?.shipped !== false,
  ).length;
}
