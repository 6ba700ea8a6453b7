import type { RegionPackState } from '../../src/domain/content/region-pack-state';
import { openDatabase } from '../../src/server/db/client';
import { loginAs } from '../../src/server/test-support/login-as';
import { withScratchDatabase } from '../scratch-database';
import { spawnBenchServer } from '../spawn-server';

/**
 * `npm run bench:publish`: two server processes on one PostgreSQL server (BENCH_DATABASE_URL, a
 * scratch database dropped afterwards). The regiobeheerder publishes on the first; this prints the
 * ms from the publish response to the second instance serving the new text (ADR 28: LISTEN/NOTIFY).
 */
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const REGION = 'eenheid-den-haag';

await withScratchDatabase(serverUrl, async (url) => {
  // One after the other: the first migrates and writes version 1 of every region.
  const first = await spawnBenchServer({ DATABASE_URL: url }, 'bench/content/instance.ts');
  const second = await spawnBenchServer({ DATABASE_URL: url }, 'bench/content/instance.ts');
  const database = await openDatabase({ databaseUrl: url, dataDir: null });
  try {
    const { headers } = await loginAs(database.db, { municipality: 'GM0546', roles: ['regiobeheerder'] });
    const send = async (base: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${base}/api/v1/regions/${REGION}/pack${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as RegionPackState;
    };
    const served = async (base: string) => (await (await fetch(`${base}/api/v1/partners?region=${REGION}`)).json()) as { name: string }[];
    const latencies: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const state = await send(first.url, 'GET', '');
      const pack = structuredClone(state.published.pack);
      const name = `Zorg- en Veiligheidshuis (bench ${run})`;
      pack.partners[0]!.name = name;
      await send(first.url, 'PUT', '/draft', { pack, basedOn: state.published.version });
      await send(first.url, 'POST', '/publish', { reason: `bench ${run}` });
      const published = performance.now();
      while (!(await served(second.url)).some((p) => p.name === name)) await new Promise((r) => setTimeout(r, 2));
      latencies.push(performance.now() - published);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
    console.log(`\nPublish → second instance serves it (PostgreSQL server, LISTEN/NOTIFY), ${RUNS} publications of the ${REGION} pack:`);
    console.log(`  p50 ${at(0.5)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)} ms; polling every 2 ms)`);
    console.log(`  in order: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  } finally {
    await database.close();
    first.stop();
    second.stop();
  }
});
