import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium; run them one file at a time so two browsers never
// compete for this machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/versions.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
