import { defineConfig } from 'vitest/config';

// Browser tests: one real server (started in globalSetup over a built dist/web) and Debian's
// Chromium driven by playwright-core. Run through `npm run test:e2e`, which builds first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A few Chromium instances at once is plenty for this machine and keeps runs stable.
    maxWorkers: 3,
  },
});
