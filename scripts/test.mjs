import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './build-inputs.mjs';

/**
 * `npm test`: every unit and database test on embedded PGlite; then, when TEST_DATABASE_URL points
 * at a PostgreSQL server, the database tests (*.db.test.ts) again on that server.
 */
const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const extra = process.argv.slice(2);

function run(label, args, env) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(process.execPath, [vitest, 'run', ...args, ...extra], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

let status = run('Unit- en databasetests (PGlite)', [], { TEST_DB: 'pglite' });
if (process.env.TEST_DATABASE_URL) {
  const onServer = run(`Databasetests (PostgreSQL: ${new URL(process.env.TEST_DATABASE_URL).host})`, ['db.test'], { TEST_DB: 'postgres' });
  status ||= onServer;
} else {
  console.log('\nTEST_DATABASE_URL is niet gezet: de databasetests zijn alleen op PGlite gedraaid.');
}
process.exit(status);
