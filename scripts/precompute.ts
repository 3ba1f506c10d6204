/**
 * Build-time evaluation: each listed module is run in Node while the extension is built (through
 * jiti, as `validate-data.ts` is) and replaced in the bundle by its exports as JSON. The content
 * script so ships the matcher's compiled form instead of the code and data that derive it
 * (`entrypoints/highlighter.content/entities.ts`). Vitest does not load this plugin: there the
 * module runs as written, with the same result (`precompute.test.ts` checks they agree).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createJiti } from 'jiti';
import type { Plugin } from 'vite';

/** The module's exports as JavaScript source: `export const NAME = JSON.parse("…");` each. */
export async function precomputedModule(options: { root: string; file: string }): Promise<string> {
  // A fresh evaluation every time: in `wxt dev` the data or core/ may have changed since.
  const jiti = createJiti(import.meta.url, {
    moduleCache: false,
    fsCache: false,
    alias: { '@': options.root },
  });
  const exports = await jiti.import<Record<string, unknown>>(options.file);
  const lines: string[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'default') continue;
    const json = JSON.stringify(value);
    // Sets, Maps, undefined and Infinity do not survive JSON: refuse rather than ship them changed.
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
      throw new Error(`precompute: export ${name} of ${options.file} is not plain JSON data`);
    }
    // JSON.parse of a string literal parses faster than the same object literal in V8.
    lines.push(`export const ${name} = JSON.parse(${JSON.stringify(json)});`);
  }
  return `${lines.join('\n')}\n`;
}

/** Replaces each of `modules` (paths from `root`) by its precomputed exports. */
export function precompute(options: { root: string; modules: readonly string[] }): Plugin {
  const files = new Set(options.modules.map((module) => resolve(options.root, module)));
  return {
    name: 'treaty-lens:precompute',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0] ?? id;
      if (!files.has(file)) return null;
      // What the evaluation read, so that `wxt dev` rebuilds when it changes.
      for (const dir of ['core', 'data']) {
        for (const name of readdirSync(join(options.root, dir))) {
          if (/\.(?:ts|json)$/u.test(name) && !name.endsWith('.test.ts')) {
            this.addWatchFile(join(options.root, dir, name));
          }
        }
      }
      return precomputedModule({ root: options.root, file });
    },
  };
}
