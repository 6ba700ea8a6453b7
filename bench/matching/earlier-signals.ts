import { seedDemoSignals } from '../../src/server/demo/seed-demo-signals';
import { seedDemoUsers } from '../../src/server/demo/seed-demo-users';
import { userContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { openDatabase } from '../../src/server/db/client';
import { searchMatches } from '../../src/server/matching/commands/search-matches';
import { createTestUser } from '../../src/server/test-support/login-as';
import { openBenchServices } from './bench-services';
import { withScratchDatabase } from '../scratch-database';

/**
 * `npm run bench:earlier-signals`: a search by hand with many earlier signals in the municipality
 * (ADR 12, ADR 34). The demo's signals, sent again on earlier days until Leiden has about 1,000;
 * then the first search (which decrypts them all, as every search did before ADR 34) and 300 more
 * (which decrypt none), on PGlite and on the PostgreSQL server (BENCH_DATABASE_URL).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const SEARCHES = 300;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function measure(label: string, target: { databaseUrl?: string; dataDir: string | null }) {
  const database = await openDatabase(target);
  try {
    const services = await openBenchServices(database);
    await seedDemoUsers(services);
    for (let i = 0; i < ROUNDS; i++) await seedDemoSignals(services, new Date(Date.now() - i * 86_400_000));
    const user = await createTestUser(database.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'] });
    const ctx = userContext(services, user, 'aandachtsfunctionaris');
    const query = { kind: 'person' as const, name: 'J. van den Berg', dateOfBirth: '1980-03', limit: 10 };
    const t0 = performance.now();
    await run(ctx, searchMatches, query);
    const first = performance.now() - t0;
    const held = services.signalSubjects.size;
    const times: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const t = performance.now();
      await run(ctx, searchMatches, query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
    console.log(`${label.padEnd(20)} signals ${String(held).padStart(5)}  first search ${first.toFixed(1).padStart(6)} ms  next ${SEARCHES}: p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`);
  } finally {
    await database.close();
  }
}

await measure('PGlite (memory)', { dataDir: null });
await withScratchDatabase(serverUrl, async (url) => measure('PostgreSQL server', { databaseUrl: url, dataDir: null }));
