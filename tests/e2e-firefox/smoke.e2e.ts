import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MINIMUM_VERSIONS, majorVersion } from '../../core/compatibility';
import { ADDON_ID, EXTENSION_ORIGIN, EXTENSION_PATH, withFirefox } from './firefox';

const { session } = withFirefox();

test('the built manifest declares the minimum Firefox version, and this Firefox meets it', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: ADDON_ID,
    strict_min_version: MINIMUM_VERSIONS.firefox,
  });
  const version = await session.browser.version(); // e.g. "firefox/153.8.0"
  const running = Number(/(\d+)\./.exec(version)?.[1]);
  expect(running, version).toBeGreaterThanOrEqual(majorVersion(MINIMUM_VERSIONS.firefox));
});

test('the add-on is installed at its fixed address and its pages have the extension API', async () => {
  const origin = await session.inExtension(
    () => `${location.origin}|${typeof browser.storage.sync.get}`,
    undefined,
  );
  expect(origin).toBe(`${EXTENSION_ORIGIN}|function`);
});

declare const browser: typeof import('wxt/browser').Browser;
