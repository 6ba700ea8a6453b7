import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, buildIsCurrent } from './build-inputs.mjs';

/**
 * `npm run test:e2e`: builds when the sources changed, then runs the browser tests against the
 * real server. TEST_DB=pglite|postgres picks one database. Without TEST_DB the suite runs on
 * PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set (as `npm test` does). The second
 * run leaves out tests/e2e/public: those pages show the content files, and their few database
 * reads (the session, whether the installation is set up) are walked on both databases by the
 * other specs; on the second database they would test nothing new, for a quarter of the time.
 */
if (!buildIsCurrent()) {
  const { buildAll } = await import('./build.mjs');
  await buildAll();
}

const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const extra = process.argv.slice(2);

function run(label, db, options = []) {
  console.log(`\n=== Browsertests (${label}) ===`);
  const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...options, ...extra], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TEST_DB: db },
  });
  return result.status ?? 1;
}

const chosen = process.env.TEST_DB;
let status;
if (chosen === 'pglite' || chosen === 'postgres') {
  status = run(chosen === 'postgres' ? 'PostgreSQL' : 'PGlite', chosen);
} else {
  status = run('PGlite', 'pglite');
  if (process.env.TEST_DATABASE_URL) {
    const onServer = run(`PostgreSQL: ${new URL(process.env.TEST_DATABASE_URL).host}, zonder de openbare pagina's`, 'postgres', ['--exclude', 'tests/e2e/public/**']);
    status = status || onServer;
  }
}
process.exit(status);
