/**
 * Architecture rule: page text and data render as text only. Preact text nodes escape by
 * construction, so the only ways to turn a string into markup are the HTML sinks listed here;
 * none of them may appear in the UI or entrypoint sources (tests may use them for fixtures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SINKS = [
  'dangerouslySetInnerHTML',
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'document.write',
  'createContextualFragment',
  'DOMParser',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(tsx?|jsx?|mjs|html)$/.test(e.name))
    .filter((e) => !/\.(test|e2e)\.[jt]sx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test('no HTML sinks in components/ or entrypoints/', () => {
  const files = [...sources(join(ROOT, 'components')), ...sources(join(ROOT, 'entrypoints'))];
  expect(files.length).toBeGreaterThan(3); // the scan really looked at the UI sources
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return SINKS.filter((sink) => text.includes(sink)).map((s) => `${relative(ROOT, file)}: ${s}`);
  });
  expect(found).toEqual([]);
});
