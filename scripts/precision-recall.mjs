// Precision and recall of the highlighter against the hand-written fixture expectations.
//
// The fixture e2e test (tests/e2e/fixtures-news.e2e.ts) saves one file per page in
// .tmp/precision-recall/<page>.json: { page, actual, expected }, each a list of [entityId, text]
// in document order. `node scripts/precision-recall.mjs` reads them, prints a table per page and
// per language, and writes the numbers to .tmp/precision-recall.json for the issue note.
//
// A found mark is a true positive when it lines up with an expected mark of the same entity and
// text in document order (a longest common subsequence), so a right name in the wrong place, or
// one extra "Putin" among many, is still counted as an error rather than absorbed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
export const RUNS_DIR = join(ROOT, '.tmp/precision-recall');
export const SUMMARY_FILE = join(ROOT, '.tmp/precision-recall.json');

const key = ([id, text]) => `${id}\u0000${text}`;

/**
 * Aligns found marks with expected ones in document order.
 * @returns {{ op: 'match' | 'missing' | 'extra', mark: [string, string], actualIndex?: number, expectedIndex?: number }[]}
 */
export function alignMarks({ actual, expected }) {
  const a = actual.map(key);
  const e = expected.map(key);
  // lcs[i][j] = length of the longest common subsequence of a[i..] and e[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(e.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = e.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === e[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < e.length) {
    if (i < a.length && j < e.length && a[i] === e[j]) {
      ops.push({ op: 'match', mark: actual[i], actualIndex: i, expectedIndex: j });
      i++;
      j++;
    } else if (j < e.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      ops.push({ op: 'missing', mark: expected[j], expectedIndex: j });
      j++;
    } else {
      ops.push({ op: 'extra', mark: actual[i], actualIndex: i });
      i++;
    }
  }
  return ops;
}

/** Which language a mark is in, by its script (the fixtures mix languages on one page). */
export function langOf(text) {
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return 'en';
}

function emptyCount() {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Precision and recall; an empty denominator scores 1 (nothing claimed, nothing to find). */
export function score({ tp, fp, fn }) {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Per page, per language and overall counts for a set of saved runs. */
export function summarize({ runs }) {
  const pages = [];
  const langs = new Map();
  const total = emptyCount();
  for (const run of runs) {
    const count = emptyCount();
    for (const { op, mark } of alignMarks({ actual: run.actual, expected: run.expected })) {
      const field = op === 'match' ? 'tp' : op === 'extra' ? 'fp' : 'fn';
      const lang = langOf(mark[1]);
      if (!langs.has(lang)) langs.set(lang, emptyCount());
      count[field]++;
      langs.get(lang)[field]++;
      total[field]++;
    }
    pages.push({ page: run.page, ...score(count) });
  }
  return {
    pages,
    langs: [...langs]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([lang, c]) => ({ lang, ...score(c) })),
    total: score(total),
  };
}

/** A fixed-width text table of a summary. */
export function formatSummary(summary) {
  const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const row = (label, s) =>
    `${label.padEnd(20)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${pct(s.precision)}${pct(s.recall)}`;
  const head = `${''.padEnd(20)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}${'prec'.padStart(7)}${'recall'.padStart(7)}`;
  return [
    head,
    ...summary.pages.map((p) => row(p.page, p)),
    '',
    ...summary.langs.map((l) => row(`lang ${l.lang}`, l)),
    row('all', summary.total),
  ].join('\n');
}

/** Reads the runs the e2e test saved. */
export function readRuns({ dir = RUNS_DIR } = {}) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

function main() {
  const runs = readRuns();
  if (runs.length === 0) {
    console.error(
      `No runs in ${RUNS_DIR}. Run: npx wxt build && npx vitest run --config vitest.e2e.config.ts tests/e2e/fixtures-news.e2e.ts`,
    );
    process.exit(1);
  }
  const summary = summarize({ runs });
  console.log(formatSummary(summary));
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nwritten to ${SUMMARY_FILE}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
