import { describe, expect, test } from 'vitest';
import { MINIMUM_VERSIONS, majorVersion, REQUIREMENTS, requiredVersion } from './compatibility';

describe('minimum browser versions', () => {
  test.each(['chrome', 'firefox'] as const)(
    '%s: the declared minimum is at least what every required feature needs',
    (browser) => {
      const declared = majorVersion(MINIMUM_VERSIONS[browser]);
      const needed = REQUIREMENTS.filter((r) => !r.optional && (r[browser] ?? 0) > declared);
      expect(needed.map((r) => r.feature)).toEqual([]);
      expect(declared).toBeGreaterThanOrEqual(requiredVersion({ browser }));
    },
  );

  test('the declared versions are what the manifests accept', () => {
    // minimum_chrome_version: dotted integers; strict_min_version: Firefox's version format.
    expect(MINIMUM_VERSIONS.chrome).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(MINIMUM_VERSIONS.firefox).toMatch(/^\d+\.\d+$/);
  });

  test('optional features do not raise the minimum; missing browsers do not count', () => {
    const requirements = [
      { feature: 'a', usedBy: 'x', chrome: 100, firefox: null },
      { feature: 'b', usedBy: 'x', chrome: 120, firefox: 150, optional: true as const },
      { feature: 'c', usedBy: 'x', chrome: 90, firefox: 110 },
    ];
    expect(requiredVersion({ browser: 'chrome', requirements })).toBe(100);
    expect(requiredVersion({ browser: 'firefox', requirements })).toBe(110);
    expect(majorVersion('146.0')).toBe(146);
  });
});
