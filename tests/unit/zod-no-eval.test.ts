import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { zodNoEval } from '../../scripts/zod-no-eval';

const zodCore = join(dirname(createRequire(import.meta.url).resolve('zod')), 'v4/core');

function transform(code: string, id: string): string | null {
  const plugin = zodNoEval();
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id)?.code ?? null;
}

describe('zodNoEval', () => {
  test.each(['util.js', 'doc.js', 'compile.js'])(
    'zod’s %s keeps no Function constructor',
    (file) => {
      const id = join(zodCore, file);
      const code = readFileSync(id, 'utf8');
      expect(code).toMatch(/= Function;/);
      const out = transform(code, id);
      expect(out).not.toBeNull();
      expect(out).not.toMatch(/= Function;/);
    },
  );

  test('other files pass through untouched', () => {
    expect(transform('const F = Function;', '/src/core/x.ts')).toBeNull();
  });

  test('a zod that generates code some other way fails the build', () => {
    expect(() =>
      transform('const f = new Function("a", "b");', '/node_modules/zod/v4/x.js'),
    ).toThrow(/still generates code/);
  });
});
