/**
 * Build step: zod without its `Function` constructor. zod 4 keeps `const F = Function;` in three
 * modules (util.js: the probe for whether eval is allowed; doc.js and compile.js: the compiled
 * fast parsers). Treaty Lens runs zod `jitless` (core/zod.ts), so none of them is ever called;
 * this plugin makes that true of the shipped code too, so `web-ext lint` finds no
 * DANGEROUS_EVAL and no reviewer has to take the setting on trust. The stand-in throws, which
 * each of the three call sites already handles as "eval not allowed".
 *
 * A zod update that generates code some other way fails the build here instead of shipping it.
 */
import type { Plugin } from 'vite';

const ZOD_FILE = /[\\/]node_modules[\\/]zod[\\/].*\.[cm]?js$/;
const FUNCTION_ALIAS = /\bconst (\w+) = Function;/g;
/** What is left of zod that could still build a function from a string. */
const CODE_GENERATION = /\bnew Function\b|=\s*Function\s*[;,)]|\bFunction\s*\(|\beval\s*\(/;

export function zodNoEval(): Plugin {
  return {
    name: 'treaty-lens:zod-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_FILE.test(id)) return null;
      const stripped = code.replace(
        FUNCTION_ALIAS,
        (_match, name: string) =>
          `const ${name} = function () { throw new EvalError('zod: code generation is off in Treaty Lens'); };`,
      );
      const left = stripped
        .split('\n')
        .find((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && CODE_GENERATION.test(line));
      if (left) {
        throw new Error(
          `zod-no-eval: ${id} still generates code (${left.trim()}); update the plugin`,
        );
      }
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
