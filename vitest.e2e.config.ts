import { defineConfig } from 'vitest/config';

// Browser tests: one real server (started in globalSetup over a built dist/web) and Debian's
// Chromium driven by playwright-core. Run through `npm run test:e2e`, which builds first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // A walk through several pages with axe at two widths takes 20-40 s on a quiet machine; the
    // margin is for a busy one (four browsers and their servers on two cores).
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Each test mostly waits on the browser and the server: four at once keep a 2-core machine busy
    // and are still stable.
    maxWorkers: 4,
    // Specs share their worker's loaded modules (each still starts its own browser and servers):
    // importing the app again per spec costs seconds of CPU that the browsers need.
    isolate: false,
  },
});
