import { describe, expect, test } from 'vitest';
import { ENTITY_ID_LIST, isEntityId } from './ids';
import { ENTITY_IDS, EntityId } from './schema';

describe('entity ids without zod', () => {
  test('the list is the schema’s, in the same order', () => {
    expect(ENTITY_ID_LIST).toEqual(ENTITY_IDS);
  });

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
