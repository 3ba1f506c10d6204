// What the content scripts are made of: builds the extension once more, minified as shipped but
// with source maps, into .tmp/bench/sizes-build (not shipped), and sums the bytes of each
// content script (and of the lazily loaded popover) by the source file they came from.
// Usage: node scripts/bench/sizes.mjs [--top N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { variantBuild } from './variant-build.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's `mappings` (base64 VLQ) into per-line [column, source] segments. */
export function decodeMappings(mappings) {
  const lines = [];
  // Only the generated column and the source index matter here; the source's line, column
  // and name fields are deltas too but are skipped.
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        segments.push([column, source]);
      } else {
        segments.push([column, -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** node_modules/<package> (scoped too) or the project path, so a package sums as one row. */
export function groupOf(source) {
  const path = source.replaceAll('\\', '/');
  const at = path.lastIndexOf('node_modules/');
  if (at >= 0) {
    const rest = path.slice(at + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return path.replace(/^(\.\.\/)+/, '').replace(/^\/?work\/wt\/[^/]+\//, '');
}

/** Bytes of `code` per source file, attributed through its source map. */
export function attribute({ code, map }) {
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  const totals = new Map();
  const add = (key, text) => totals.set(key, (totals.get(key) ?? 0) + Buffer.byteLength(text));
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    let covered = 0;
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      if (column > covered) add('(unmapped)', line.slice(covered, column));
      add(source < 0 ? '(unmapped)' : groupOf(map.sources[source]), line.slice(column, end));
      covered = Math.max(covered, end);
    });
    if (covered < line.length) add('(unmapped)', line.slice(covered));
    add('(unmapped)', '\n');
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The scripts a page gets: the content scripts, and what they may load later (web-accessible). */
function scriptsOf(output) {
  const manifest = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8'));
  const eager = manifest.content_scripts.flatMap((script) => script.js ?? []);
  const lazy = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.resources))
    .filter((file) => file.endsWith('.js'));
  return [
    ...eager.map((file) => ({ file, when: 'every page' })),
    ...lazy.map((file) => ({ file, when: 'on first use' })),
  ];
}

export function main(argv = process.argv.slice(2)) {
  const topAt = argv.indexOf('--top');
  const top = topAt >= 0 ? Number(argv[topAt + 1]) : 15;
  const output = variantBuild({ root: ROOT, name: 'sizes', build: { sourcemap: true } });
  const report = [];
  for (const { file, when } of scriptsOf(output)) {
    const path = join(output, file);
    const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
    const mapPath = `${path}.map`;
    const map = existsSync(mapPath) ? JSON.parse(readFileSync(mapPath, 'utf8')) : null;
    const rows = map ? attribute({ code, map }) : [];
    report.push({
      file,
      when,
      raw: Buffer.byteLength(code),
      gzip: gzipSync(code, { level: 9 }).length,
      rows,
    });
  }
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report;
  }
  for (const { file, when, raw, gzip, rows } of report) {
    console.log(
      `${file} (${when}): ${raw.toLocaleString('en')} bytes, ${gzip.toLocaleString('en')} gzip`,
    );
    for (const [source, bytes] of rows.slice(0, top)) {
      const share = ((100 * bytes) / raw).toFixed(1).padStart(5);
      console.log(`  ${String(bytes).padStart(8)}  ${share} %  ${source}`);
    }
    const rest = rows.slice(top).reduce((sum, [, bytes]) => sum + bytes, 0);
    if (rest > 0)
      console.log(`  ${String(rest).padStart(8)}           (${rows.length - top} more)`);
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
