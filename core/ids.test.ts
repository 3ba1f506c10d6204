import { describe, expect, test } from 'vitest';
import { isEntityId } from './ids';
import { ENTITY_IDS, EntityId } from './schema';

describe('entity ids without zod', () => {
  test.each([
    ...ENTITY_IDS,
    'stalin',
    '',
    'PUTIN',
    ' putin',
    'putin ',
    'constructor',
    '__proto__',
    'toString',
    42,
    null,
    undefined,
    ['putin'],
    { id: 'putin' },
  ])('isEntityId(%j) agrees with the zod enum', (value) => {
    expect(isEntityId(value)).toBe(EntityId.safeParse(value).success);
  });
});
