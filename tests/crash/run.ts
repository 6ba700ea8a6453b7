import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/server/db/client';
import { queryRows } from '../../src/server/db/tenant';
import { loadContent } from '../../src/server/content/load-content';
import { syncContent } from '../../src/server/content/sync-content';
import { buildIfStale, killServer as kill, startBuiltServer } from '../../src/server/test-support/built-server';
import { CONTENT_DIR } from '../../src/server/test-support/test-app';
import { loginAs, type TestLogin } from '../../src/server/test-support/login-as';
import { createScratchDatabase } from '../../src/server/test-support/scratch-database';
import { sampleSubmission } from '../../src/server/test-support/signal-fixtures';

/**
 * `npm run test:crash [kills per database]` (issue 10; not part of npm test, in CI at a small size):
 * the real server (dist/server/main.js, as `npm start` runs it) takes signals from concurrent
 * reporters while it is killed with SIGKILL at random moments and started again; afterwards every
 * signal it acknowledged (201) must be in the database. On PGlite (a data folder) and on a new
 * database of the PostgreSQL server (CRASH_DATABASE_URL, dropped afterwards). On the server also:
 * PostgreSQL itself stopped and started under the running app (503 with Retry-After meanwhile,
 * recovery without a restart). Exits 1 when anything acknowledged was lost.
 */
const KILLS = Number(process.argv[2] ?? 20);
const REPORTERS = Number(process.env.CRASH_REPORTERS ?? 8);
const serverUrl = process.env.CRASH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MUNICIPALITY = 'GM0546';

interface Tally {
  database: string;
  kills: number;
  attempts: number;
  acknowledged: number;
  lost: number;
  restartMs: number[];
  outage?: { refused503: number; retryAfter: string | null; recoveredMs: number };
}

function submit(url: string, login: TestLogin) {
  return fetch(`${url}/api/v1/signals`, {
    method: 'POST',
    headers: { ...login.headers, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(sampleSubmission()),
  });
}

/** Reporters submitting one after another until `stop()`; the ids of every 201. */
function reporters(url: string, login: TestLogin, tally: Tally) {
  const acknowledged: string[] = [];
  let running = true;
  const loops = Array.from({ length: REPORTERS }, async () => {
    while (running) {
      tally.attempts++;
      try {
        const res = await submit(url, login);
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        else await res.arrayBuffer();
      } catch {
        // The server died under the request: not acknowledged, so no promise was made.
      }
    }
  });
  return {
    acknowledged,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** A reporter of the municipality, made before the server first starts (it holds the embedded database). */
async function reporter(database: Database): Promise<TestLogin> {
  await syncContent(database.db, (await loadContent(CONTENT_DIR)).content);
  return loginAs(database.db, { municipality: MUNICIPALITY, roles: ['medewerker'] });
}

async function storedIds(database: Database): Promise<Set<string>> {
  return new Set((await queryRows<{ id: string }>(database.db, sql`select id from signals`)).map((r) => r.id));
}

async function killLoop(label: string, env: Record<string, string>, open: () => Promise<Database>, login: TestLogin): Promise<Tally> {
  const tally: Tally = { database: label, kills: 0, attempts: 0, acknowledged: 0, lost: 0, restartMs: [] };
  const acknowledged: string[] = [];
  for (let round = 0; round < KILLS; round++) {
    const server = await startBuiltServer({ ...env, LOG_LEVEL: 'warn' });
    if (round > 0) tally.restartMs.push(server.ms);
    const load = reporters(server.url, login, tally);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200));
    await kill(server.child);
    tally.kills++;
    await load.stop();
    acknowledged.push(...load.acknowledged);
  }
  const database = await open();
  try {
    const stored = await storedIds(database);
    tally.acknowledged = acknowledged.length;
    tally.lost = acknowledged.filter((id) => !stored.has(id)).length;
  } finally {
    await database.close();
  }
  return tally;
}

/** PostgreSQL stopped under the running app: 503 with Retry-After, then recovery without a restart. */
async function outage(env: Record<string, string>, login: TestLogin, tally: Tally, open: () => Promise<Database>): Promise<void> {
  const cluster = fs.readdirSync('/etc/postgresql').sort().at(-1)!;
  const pgctl = (action: 'stop' | 'start') => execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { stdio: 'ignore' });
  const server = await startBuiltServer({ ...env, LOG_LEVEL: 'warn' });
  const acknowledged: string[] = [];
  let refused503 = 0;
  let retryAfter: string | null = null;
  try {
    const before = await submit(server.url, login);
    if (before.status === 201) acknowledged.push(((await before.json()) as { id: string }).id);
    pgctl('stop');
    try {
      for (let i = 0; i < 5; i++) {
        const res = await submit(server.url, login);
        if (res.status === 503) {
          refused503++;
          retryAfter = res.headers.get('retry-after');
        } else if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        await res.arrayBuffer().catch(() => undefined);
      }
    } finally {
      pgctl('start');
    }
    const back = performance.now();
    for (;;) {
      const res = await submit(server.url, login);
      if (res.status === 201) {
        acknowledged.push(((await res.json()) as { id: string }).id);
        break;
      }
      await res.arrayBuffer();
      if (performance.now() - back > 60_000) throw new Error('the app did not recover within 60 s after PostgreSQL came back');
      await new Promise((r) => setTimeout(r, 200));
    }
    tally.outage = { refused503, retryAfter, recoveredMs: Math.round(performance.now() - back) };
  } finally {
    await kill(server.child);
  }
  const database = await open();
  try {
    const stored = await storedIds(database);
    tally.acknowledged += acknowledged.length;
    tally.lost += acknowledged.filter((id) => !stored.has(id)).length;
  } finally {
    await database.close();
  }
}

async function onPglite(): Promise<Tally> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-crash-'));
  try {
    const open = () => openDatabase({ dataDir });
    const database = await open();
    const login = await reporter(database);
    await database.close();
    return await killLoop('PGlite (data folder)', { DATA_DIR: dataDir }, open, login);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onServer(): Promise<Tally> {
  const scratch = await createScratchDatabase(serverUrl, 'crash');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-crash-keys-'));
  const env = { DATABASE_URL: scratch.url, DATA_DIR: dataDir };
  const open = () => openDatabase({ databaseUrl: scratch.url, dataDir: null });
  try {
    const database = await open();
    const login = await reporter(database);
    await database.close();
    const tally = await killLoop('PostgreSQL server', env, open, login);
    if (process.env.CRASH_PG_OUTAGE !== '0') await outage(env, login, tally, open);
    return tally;
  } finally {
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

buildIfStale();
const results = [await onPglite(), await onServer()];
console.log(`\nCrash test: ${KILLS} kill -9's per database, ${REPORTERS} reporters submitting signals without pause`);
for (const r of results) {
  const restart = [...r.restartMs].sort((a, b) => a - b);
  const median = restart[Math.floor(restart.length / 2)];
  console.log(`  ${r.database}: ${r.kills} kills, ${r.attempts} submissions, ${r.acknowledged} acknowledged, ${r.lost} lost; restart to healthy ${median === undefined ? '(no restart)' : `median ${Math.round(median)} ms`}`);
  if (r.outage) console.log(`    PostgreSQL stopped under the app: ${r.outage.refused503}/5 answered 503 (Retry-After: ${r.outage.retryAfter}); recovered ${r.outage.recoveredMs} ms after PostgreSQL was back, without a restart`);
}
const lost = results.reduce((n, r) => n + r.lost, 0);
const refusedAll = results.every((r) => !r.outage || r.outage.refused503 === 5);
if (lost > 0 || !refusedAll) {
  console.error(lost > 0 ? `FAILED: ${lost} acknowledged signals lost` : 'FAILED: not every request during the outage was a 503');
  process.exit(1);
}
console.log('No acknowledged signal lost.');
