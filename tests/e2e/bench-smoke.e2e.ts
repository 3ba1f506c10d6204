/**
 * The benchmark runs end to end: `node scripts/bench/run.mjs --quick` (small pages, one run
 * each) completes and ends with the `bench:` line, every field a number. No timing is asserted:
 * the numbers depend on the machine; docs/performance.md holds a full run's.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from './harness';

const run = promisify(execFile);
const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const FINAL_LINE = new RegExp(
  `^bench: hit_ratio=${NUMBER} miss_ratio=${NUMBER} first_ms=${NUMBER} longest_task_ms=${NUMBER} naive_speedup=${NUMBER} small_added_ms=${NUMBER} frame_added_ms=${NUMBER}$`,
);

test('npm run bench --quick completes and prints the final bench: line with numbers', {
  timeout: 420_000,
}, async () => {
  const { stdout } = await run('node', [join(ROOT, 'scripts/bench/run.mjs'), '--quick'], {
    cwd: ROOT,
    timeout: 410_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = stdout.trim().split('\n');
  const last = lines.at(-1) ?? '';
  const match = FINAL_LINE.exec(last);
  expect(match, `last line: ${last}`).not.toBeNull();
  const values = (match ?? []).slice(1).map(Number);
  expect(values).toHaveLength(7);
  for (const value of values) expect(Number.isFinite(value)).toBe(true);
  // The table and the budget verdicts came before it, one row per page.
  for (const page of ['a', 'b', 'c', 'd', 'e']) {
    expect(lines.some((line) => line.startsWith(`| ${page} `))).toBe(true);
  }
  // Per page (a–e) and the outside view's two (small page, each further frame).
  expect(lines.filter((line) => /^\s+(PASS|FAIL|N\/A) +\(/.test(line)).length).toBe(9);
  expect(lines.filter((line) => /^\s+(PASS|FAIL|N\/A) +(small|each)/.test(line)).length).toBe(2);
});
