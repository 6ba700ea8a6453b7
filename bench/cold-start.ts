import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, freePort, killServer } from '../src/server/test-support/built-server';
import { PROJECT_ROOT } from '../src/server/start';
import { withScratchDatabase } from './scratch-database';

/**
 * `npm run bench:cold-start` (issue 12: cold start under 1 s on an existing embedded database).
 * Starts the built server as its own process, as `npm start` runs it, and measures from the spawn
 * to the first 200 on /api/v1/health: PGlite on an empty data folder, PGlite on an existing one,
 * and a PostgreSQL server (a scratch database, migrated by a first start that is not counted).
 *
 * COLD_START_SERVERS: comma-separated bundles to compare in one run (e.g. an older build of the
 * same sources), dist/server/main.js by default. The cases and bundles take turns in every round,
 * so a busy machine slows all of them alike. BENCH_RUNS rounds (5), DATABASE_URL the PostgreSQL
 * server (postgres://postgres@127.0.0.1:5432/); BENCH_POSTGRES=0 leaves it out.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const BUNDLES = (process.env.COLD_START_SERVERS ?? path.join(PROJECT_ROOT, 'dist/server/main.js')).split(',').map((p) => path.resolve(p));

/**
 * CPU time (user + system) the process has used, in ms, from /proc (Linux; null elsewhere). Less
 * at the mercy of other work on a shared machine than the wall-clock time.
 */
function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Wall-clock ms from spawn to the first 200 on /api/v1/health, and the server's CPU ms until then; the server is stopped afterwards. */
async function coldStart(bundle: string, env: Record<string, string>): Promise<{ wall: number; cpu: number | null }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [bundle], {
    cwd: path.resolve(path.dirname(bundle), '../..'),
    env: { ...process.env, LOG_LEVEL: 'warn', REMINDER_INTERVAL_SECONDS: '0', RETENTION_INTERVAL_SECONDS: '0', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${bundle} exited with ${child.exitCode} on start`);
      if (await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok, () => false)) return { wall: performance.now() - started, cpu: cpuMs(child.pid!) };
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    // SIGTERM: a clean stop, so the next start on the same folder finds it as a server leaves it.
    await killServer(child, 'SIGTERM');
  }
}

interface Case {
  name: string;
  env(bundle: string): Record<string, string>;
}

async function run(postgresUrl: string | null): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-cold-start-'));
  const existing = (bundle: string) => path.join(scratch, `existing-${BUNDLES.indexOf(bundle)}`);
  let fresh = 0;
  const cases: Case[] = [
    { name: 'PGlite, empty data folder', env: () => ({ DATA_DIR: path.join(scratch, `empty-${fresh++}`) }) },
    { name: 'PGlite, existing data folder', env: (bundle) => ({ DATA_DIR: existing(bundle) }) },
    ...(postgresUrl ? [{ name: 'PostgreSQL server', env: () => ({ DATA_DIR: path.join(scratch, 'keys'), DATABASE_URL: postgresUrl }) }] : []),
  ];
  try {
    // Not counted: creates each bundle's existing folder, migrates the scratch database, and
    // fills the file cache with the bundles and node_modules.
    for (const bundle of BUNDLES) for (const c of cases.slice(1)) await coldStart(bundle, c.env(bundle));
    const times = new Map<string, { wall: number; cpu: number | null }[]>();
    for (let round = 0; round < RUNS; round++) {
      for (const c of cases) {
        for (const bundle of round % 2 ? [...BUNDLES].reverse() : BUNDLES) {
          const key = `${c.name}\u0000${bundle}`;
          times.set(key, [...(times.get(key) ?? []), await coldStart(bundle, c.env(bundle))]);
        }
      }
      process.stdout.write('.');
    }
    console.log(`\nCold start: spawn to the first 200 on /api/v1/health, ${RUNS} runs each, taking turns (2-core machine, shared)`);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.table(
      [...times].map(([key, runs]) => {
        const [name, bundle] = key.split('\u0000') as [string, string];
        const wall = runs.map((r) => r.wall);
        const cpu = runs.flatMap((r) => (r.cpu === null ? [] : [r.cpu]));
        return {
          case: name,
          ...(BUNDLES.length > 1 ? { bundle: path.relative(process.cwd(), bundle) || bundle } : {}),
          'median ms': Math.round(median(wall)),
          'min ms': Math.round(Math.min(...wall)),
          'max ms': Math.round(Math.max(...wall)),
          ...(cpu.length ? { 'CPU ms (median)': Math.round(median(cpu)) } : {}),
        };
      }),
    );
    console.log('CPU ms: user + system time of the server process until it answered (Linux), less affected by other work on the machine.');
    console.log('Goal: under 1 s on an existing embedded database (issue 12).');
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

buildIfStale();
if (process.env.BENCH_POSTGRES === '0') await run(null);
else await withScratchDatabase(SERVER_URL, (url) => run(url));
