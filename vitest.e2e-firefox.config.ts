import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (firefox-esr over WebDriver BiDi, tests/e2e-firefox/firefox.ts),
// one file at a time like the Chromium suite. Run by `npm test` after the Chromium suite.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/versions.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
