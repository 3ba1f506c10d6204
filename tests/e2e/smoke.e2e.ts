import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

test('the built extension loads with a service worker and an id', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
});
