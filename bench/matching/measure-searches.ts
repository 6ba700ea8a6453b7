import fs from 'node:fs';
import { userContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { openDatabase } from '../../src/server/db/client';
import { searchMatches } from '../../src/server/matching/commands/search-matches';
import { createTestUser } from '../../src/server/test-support/login-as';
import type { LabelledQuery } from './generate';
import { openBenchServices } from './bench-services';

/**
 * The measured part of `npm run bench:matching`, in a process of its own as a server would be: it
 * holds no generated data set, whose garbage collection would otherwise land in the latencies.
 * Usage: measure-searches.ts DATABASE QUERIES OUT, where DATABASE is a postgres:// URL or a PGlite
 * directory and QUERIES a JSON file {warmUp, measured}. Runs every warm-up query once (other
 * queries of the same kinds: the server's caches and JIT as after a while in use), then the
 * measured ones through the real `searchMatches` command as the municipality's AF, and writes
 * [{ms, rank}] per measured query to OUT.
 */
const [target, queriesFile, outFile] = process.argv.slice(2) as [string, string, string];
const { warmUp, measured } = JSON.parse(fs.readFileSync(queriesFile, 'utf8')) as { warmUp: LabelledQuery[]; measured: LabelledQuery[] };
const database = await openDatabase(target.startsWith('postgres') ? { databaseUrl: target, dataDir: null } : { dataDir: target });
try {
  const services = await openBenchServices(database);
  const user = await createTestUser(database.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'] });
  const ctx = userContext(services, user, 'aandachtsfunctionaris');
  for (const q of warmUp) await run(ctx, searchMatches, { ...q.query, limit: 10 });
  const outcomes: Array<{ ms: number; rank: number }> = [];
  for (const query of measured) {
    const t0 = performance.now();
    const { candidates } = await run(ctx, searchMatches, { ...query.query, limit: 10 });
    const ms = performance.now() - t0;
    outcomes.push({ ms, rank: candidates.findIndex((c) => `${c.source}:${c.id}` === query.target) + 1 });
  }
  fs.writeFileSync(outFile, JSON.stringify(outcomes));
} finally {
  await database.close();
}
