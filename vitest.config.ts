import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and database tests sit beside the code they test. Browser tests have their own config
// (vitest.e2e.config.ts) because they need a built front end and Chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A test file waits on its database about as much as it computes: one worker per core, at
    // least two (vitest's default of cores - 1 leaves half of a 2-core machine idle).
    maxWorkers: Math.max(2, os.availableParallelism()),
  },
});
