/**
 * The build-time evaluation of the content script's data (scripts/precompute.ts): the module it
 * ships must hold exactly what the source module computes when run as written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as citationsAsWritten from '../../entrypoints/background/citations';
import * as asWritten from '../../entrypoints/highlighter.content/entities';
import * as questionsAsWritten from '../../entrypoints/popup/disputes';
import { precomputedModule } from '../../scripts/precompute';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'precompute-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes generated code to a file and imports it, as the bundle would run it. */
async function run(code: string, name: string): Promise<Record<string, unknown>> {
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}

describe('precompute', () => {
  it('ships the entities and the compiled matcher exactly as the module computes them', async () => {
    const file = join(root, 'entrypoints/highlighter.content/entities.ts');
    const code = await precomputedModule({ root, file });
    // Only data: no import of the code that derives it.
    expect(code).not.toMatch(/\bimport\b/u);
    const shipped = await run(code, 'entities');
    expect(Object.keys(shipped).sort()).toEqual(Object.keys(asWritten).sort());
    expect(shipped.ENTITIES).toEqual(asWritten.ENTITIES);
    expect(shipped.COMPILED_MATCHER).toEqual(asWritten.COMPILED_MATCHER);
  });

  it('ships the background’s citation passages exactly as the module computes them', async () => {
    const file = join(root, 'entrypoints/background/citations.ts');
    const code = await precomputedModule({ root, file });
    expect(code).not.toMatch(/\bimport\b/u);
    const shipped = await run(code, 'citations');
    expect(shipped.CITATIONS).toEqual(citationsAsWritten.CITATIONS);
    expect(Object.keys(citationsAsWritten.CITATIONS).length).toBeGreaterThan(200);
  });

  it('ships the popup’s dispute questions exactly as the module computes them', async () => {
    const file = join(root, 'entrypoints/popup/disputes.ts');
    const code = await precomputedModule({ root, file });
    expect(code).not.toMatch(/\bimport\b/u);
    const shipped = await run(code, 'disputes');
    expect(shipped.DISPUTE_QUESTIONS).toEqual(questionsAsWritten.DISPUTE_QUESTIONS);
    expect(shipped.DISPUTE_QUESTIONS).toHaveProperty('putin-arrival-time');
  });

  it('refuses exports that JSON would change', async () => {
    for (const [name, value] of [
      ['set', 'new Set([1])'],
      ['infinity', 'Infinity'],
      ['missing', 'undefined'],
    ]) {
      const file = join(scratch, `${name}.ts`);
      writeFileSync(file, `export const VALUE = ${value};\n`);
      await expect(precomputedModule({ root, file })).rejects.toThrow(/not plain JSON/u);
    }
    const file = join(scratch, 'proto.ts');
    writeFileSync(file, 'export const VALUE = JSON.parse(\'{"__proto__": {"a": 1}}\');\n');
    await expect(precomputedModule({ root, file })).rejects.toThrow(/__proto__/u);
  });
});
