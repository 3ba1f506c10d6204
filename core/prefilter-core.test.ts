import { describe, expect, it } from 'vitest';
import { prefilterCore } from './prefilter-core';

describe('prefilterCore', () => {
  it.each([
    ['(?:(?:about|around) )?(?:two|2)(?:-hour|\\s+hours)', '(?:two|2)(?:-hour|\\s+hours)'],
    [
      '(?<!on (?:the )?)(?:an? |the )?comprehensive strategic partnership',
      'comprehensive strategic partnership',
    ],
    ["(?:the (?:[\\p{L}’'-]+ )?)?1961 (?:treaty|pact)", '1961 (?:treaty|pact)'],
    ['(?:early|before dawn) (?:of )?Wednesday', '(?:early|before dawn) (?:of )?Wednesday'],
    ['[(]x)?y', '[(]x)?y'],
  ])('%s → %s', (pattern, core) => {
    expect(prefilterCore(pattern)).toBe(core);
  });
});
