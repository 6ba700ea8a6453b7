import fs from 'node:fs';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['src/**/*.test.ts', 'scripts/**/*.test.ts'];

/**
 * Test files that replace a module with vi.mock. Only these get a module registry of their own: a
 * mock would otherwise leak into the files that run after them in the same worker.
 */
const MOCKING = ['src', 'scripts']
  .flatMap((dir) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`))
  .filter((file) => file.endsWith('.test.ts') && fs.readFileSync(file, 'utf8').includes('vi.mock('));

// Unit and database tests sit beside the code they test. Browser tests have their own config
// (vitest.e2e.config.ts) because they need a built front end and Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A test file waits on its database about as much as it computes: one worker per core, at
    // least two (vitest's default of cores - 1 leaves half of a 2-core machine idle).
    maxWorkers: Math.max(2, os.availableParallelism()),
    projects: [
      {
        extends: true,
        // Most files share their worker's loaded modules: importing the app again for each of
        // ~120 files took about 40 % of the suite's time. Every file still builds its own app,
        // database and clock, so no state is shared between files.
        test: { name: 'shared', include: INCLUDE, exclude: MOCKING, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
