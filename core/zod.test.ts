import { describe, expect, test } from 'vitest';
import { z } from './zod';

describe('core/zod', () => {
  test('zod is jitless from the first import on', () => {
    expect(z.config().jitless).toBe(true);
  });

  test('an object schema made after it parses without generating code', () => {
    const original = globalThis.Function;
    const calls: unknown[] = [];
    // Any `new Function` zod attempted would go through here.
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls.push(args);
        return Reflect.construct(target, args);
      },
    });
    try {
      const Shape = z.strictObject({ id: z.string(), n: z.number() });
      for (let i = 0; i < 3; i++) expect(Shape.safeParse({ id: 'a', n: i }).success).toBe(true);
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
  });
});
