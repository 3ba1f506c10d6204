import { expect, test } from 'vitest';
import { withExtension } from './harness';

const { session } = withExtension();

test('the built extension loads with a service worker and an id', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
});
