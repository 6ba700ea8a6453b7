import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, buildIsCurrent } from './build-inputs.mjs';

/**
 * `npm run test:e2e`: builds when the sources changed, then runs the browser tests against the
 * real server. TEST_DB=pglite|postgres picks one database. Without TEST_DB the suite runs on
 * PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set (as `npm test` does).
 *
 * The second run takes the specs whose way through the server differs on a PostgreSQL server
 * (ON_THE_SERVER below); every spec still runs on PGlite, and every database query runs on both in
 * `npm test`. The whole suite twice took 2,000 s of CI's 30 minutes on this 2-core machine; the
 * other specs (the pages of content, editors, texts) read and write what these do.
 */
const ON_THE_SERVER = [
  // The whole chain: submission, jobs, e-mail over SMTP, handover, partner feedback, the audit chain.
  'tests/e2e/signal-chain.spec.ts',
  // The first start on an empty database: migrations and the one-time set-up link.
  'tests/e2e/auth-setup.spec.ts',
  // Sessions, lock-outs and rate limits kept in PostgreSQL (shared by instances).
  'tests/e2e/auth-login.spec.ts',
  // An upload stored in parts and imported with COPY.
  'tests/e2e/registers-upload.spec.ts',
  // The matching queries (trigram indexes, prepared statements), whose plans are the server's own.
  'tests/e2e/enrichment.spec.ts',
  // Deletion across every table, legal hold, the deletion log.
  'tests/e2e/retention.spec.ts',
];
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
    // Specs named on the command line run as named; otherwise the server's own selection.
    const specs = extra.length ? [] : ON_THE_SERVER;
    const label = specs.length ? `${specs.length} specs` : 'de gekozen specs';
    const onServer = run(`PostgreSQL: ${new URL(process.env.TEST_DATABASE_URL).host}, ${label}`, 'postgres', specs);
    status = status || onServer;
  }
}
process.exit(status);
