import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MINIMUM_VERSIONS, majorVersion } from '../../core/compatibility';
import { EXTENSION_PATH, withExtension } from './harness';

const { session } = withExtension();

test('the built extension loads with a service worker and an id', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
});

test('the built manifest declares the minimum Chrome version, and this Chromium meets it', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(manifest.minimum_chrome_version).toBe(MINIMUM_VERSIONS.chrome);
  const agent = await session.serviceWorker.evaluate(() => navigator.userAgent);
  const running = Number(/Chrom(?:e|ium)\/(\d+)/.exec(agent)?.[1]);
  expect(running, agent).toBeGreaterThanOrEqual(majorVersion(MINIMUM_VERSIONS.chrome));
});
