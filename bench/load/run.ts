import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/server/content/load-content';
import { syncContent } from '../../src/server/content/sync-content';
import { openDatabase, type Database } from '../../src/server/db/client';
import { buildIfStale, killServer, startBuiltServer } from '../../src/server/test-support/built-server';
import { loginAs, type TestLogin } from '../../src/server/test-support/login-as';
import { createScratchDatabase } from '../../src/server/test-support/scratch-database';
import { sampleSubmission } from '../../src/server/test-support/signal-fixtures';
import { CONTENT_DIR } from '../../src/server/test-support/test-app';
import { summarise, type Sample } from './summarise';

/**
 * `npm run bench:load` (issue 10): many users at once against the real server (dist/server/main.js,
 * as `npm start` runs it, logging at its default level) in its own process, on PGlite (a data
 * folder) and on a new database of the PostgreSQL server (LOAD_DATABASE_URL). Every user has its
 * own loopback address, as users behind their own machines do, so the per-address rate limit works
 * as in production. Mix: 60 % anonymous (route-map walks, route maps, knowledge), 25 % AFs (inbox,
 * then a case), 15 % medewerkers submitting a signal; each user thinks 1 s between actions
 * (LOAD_THINK_MS=0: none, to find what the server does when it is saturated).
 * Prints req/s, p50/p95/p99 and errors per class, and the server's peak RSS. LOAD_DB=pglite|postgres
 * runs one of the two.
 */
const USERS = Number(process.env.LOAD_USERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 1000);
const SEED_SIGNALS_PER_MUNICIPALITY = Number(process.env.LOAD_SIGNALS ?? 100);
const MUNICIPALITIES = ['GM0518', 'GM0546', 'GM0637', 'GM0599', 'GM0855'];
const serverUrl = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Kind = 'anoniem' | 'aandachtsfunctionaris' | 'medewerker';
interface Logins {
  afs: TestLogin[];
  reporters: TestLogin[];
}

function kindOf(i: number): Kind {
  const share = (i % 20) / 20;
  return share < 0.6 ? 'anoniem' : share < 0.85 ? 'aandachtsfunctionaris' : 'medewerker';
}

/** One user's connection: its own loopback address and keep-alive socket, like a browser. */
function client(index: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const localAddress = `127.0.${1 + Math.floor(index / 250)}.${2 + (index % 250)}`;
  return {
    agent,
    request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
      return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
        const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent, localAddress }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
          res.on('error', reject);
        });
        req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
        req.on('error', reject);
        req.end(init.body);
      });
    },
  };
}
type Client = ReturnType<typeof client>;

const json = (login?: TestLogin): Record<string, string> => ({ 'content-type': 'application/json', ...(login?.headers ?? {}) });

async function seedUsers(database: Database): Promise<Logins> {
  await syncContent(database.db, (await loadContent(CONTENT_DIR)).content);
  const afs: TestLogin[] = [];
  const reporters: TestLogin[] = [];
  for (const municipality of MUNICIPALITIES) {
    for (let i = 0; i < 10; i++) afs.push(await loginAs(database.db, { municipality, roles: ['aandachtsfunctionaris'] }));
    for (let i = 0; i < 6; i++) reporters.push(await loginAs(database.db, { municipality, roles: ['medewerker'] }));
  }
  return { afs, reporters };
}

const submission = (reporter: TestLogin, c: Client, url: string) =>
  c.request(`${url}/api/v1/signals`, {
    method: 'POST',
    headers: { ...json(reporter), 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(sampleSubmission()),
  });

/** Signals in every inbox before the measurement starts, submitted through the API. */
async function seedSignals(url: string, logins: Logins): Promise<void> {
  await Promise.all(
    logins.reporters.map(async (reporter, i) => {
      const c = client(1000 + i);
      const perReporter = Math.ceil(SEED_SIGNALS_PER_MUNICIPALITY / 6);
      for (let n = 0; n < perReporter; n++) {
        const res = await submission(reporter, c, url);
        if (res.status !== 201) throw new Error(`seeding a signal answered ${res.status}: ${res.body.slice(0, 200)}`);
      }
      c.agent.destroy();
    }),
  );
}

const WALKS = [
  { id: 'den-haag-persoon', answers: ['no', 'yes', 'labour'], municipality: 'GM0546' },
  { id: 'den-haag-persoon', answers: ['no'], municipality: 'GM0518' },
  { id: 'rotterdam', answers: [], municipality: 'GM0599' },
];

/** One user's loop until `deadline`: act, record each request, think 1 s. */
async function user(index: number, url: string, logins: Logins, deadline: number, samples: Sample[]): Promise<void> {
  const kind = kindOf(index);
  const c = client(index);
  // A refused request is not an error of the server but its answer to overload (503) or to one
  // client asking too much (429, the rate limit per address): counted apart, and the user waits as
  // Retry-After asks, as the web front end does.
  let backOff = 0;
  const timed = async (label: string, call: () => Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>) => {
    const started = performance.now();
    try {
      const res = await call();
      const outcome = res.status === 503 || res.status === 429 ? 'refused' : res.status < 400 ? 'ok' : 'error';
      samples.push({ kind, label, ms: performance.now() - started, outcome, at: started });
      if (outcome === 'refused') backOff = Number(res.headers['retry-after'] ?? 1) * 1000;
      return res;
    } catch (error) {
      samples.push({ kind, label, ms: performance.now() - started, outcome: (error as Error).message === 'timeout' ? 'timeout' : 'error', at: started });
      return null;
    }
  };
  // Users arrive over the first second, not all in the same millisecond.
  await new Promise((r) => setTimeout(r, Math.random() * THINK_MS));
  let step = index;
  while (performance.now() < deadline) {
    step++;
    if (kind === 'anoniem') {
      const walkCase = WALKS[step % WALKS.length]!;
      if (step % 3 === 0) await timed('routekaart', () => c.request(`${url}/api/v1/routemaps/${walkCase.id}`));
      else if (step % 3 === 1) await timed('kennis', () => c.request(`${url}/api/v1/knowledge`));
      else await timed('wandeling', () => c.request(`${url}/api/v1/routemaps/${walkCase.id}/walk`, { method: 'POST', headers: json(), body: JSON.stringify({ answers: walkCase.answers, municipality: walkCase.municipality }) }));
    } else if (kind === 'aandachtsfunctionaris') {
      const af = logins.afs[index % logins.afs.length]!;
      const inbox = await timed('inbox', () => c.request(`${url}/api/v1/signals`, { headers: af.headers }));
      const list = inbox && inbox.status === 200 ? (JSON.parse(inbox.body) as { items: { id: string }[] }).items : [];
      const pick = list[step % Math.max(1, list.length)];
      if (pick) await timed('dossier', () => c.request(`${url}/api/v1/signals/${pick.id}`, { headers: af.headers }));
    } else {
      const reporter = logins.reporters[index % logins.reporters.length]!;
      await timed('melden', () => submission(reporter, c, url));
    }
    await new Promise((r) => setTimeout(r, THINK_MS + backOff));
    backOff = 0;
  }
  c.agent.destroy();
}

/** The server's resident memory now and its peak, from /proc (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

async function measure(label: string, env: Record<string, string>, open: () => Promise<Database>): Promise<void> {
  const database = await open();
  const logins = await seedUsers(database);
  await database.close();
  const server = await startBuiltServer(env);
  try {
    await seedSignals(server.url, logins);
    const before = memoryOf(server.child.pid!);
    const samples: Sample[] = [];
    let peakRss = before.rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(server.child.pid!).rss)), 250);
    const started = performance.now();
    await Promise.all(Array.from({ length: USERS }, (_, i) => user(i, server.url, logins, started + SECONDS * 1000, samples)));
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    const after = memoryOf(server.child.pid!);
    console.log(`\n${label}: ${USERS} users (60 % anonymous, 25 % AF, 15 % medewerker), ${THINK_MS} ms think time, ${SECONDS} s; ${logins.reporters.length * Math.ceil(SEED_SIGNALS_PER_MUNICIPALITY / 6)} signals in the inboxes before the start`);
    console.table(summarise(samples, seconds));
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    console.log(`server RSS: ${mb(before.rss)} before the load, peak ${mb(Math.max(peakRss, after.peak))} (kernel's high-water mark ${mb(after.peak)}; goal < 300 MB)`);
  } finally {
    await killServer(server.child, 'SIGTERM');
  }
}

async function onPglite(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-load-'));
  try {
    await measure('PGlite (data folder)', { DATA_DIR: dataDir }, () => openDatabase({ dataDir }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onServer(): Promise<void> {
  const scratch = await createScratchDatabase(serverUrl, 'load');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-load-keys-'));
  try {
    await measure('PostgreSQL server', { DATABASE_URL: scratch.url, DATA_DIR: dataDir }, () => openDatabase({ databaseUrl: scratch.url, dataDir: null }));
  } finally {
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

buildIfStale();
if (process.env.LOAD_DB !== 'postgres') await onPglite();
if (process.env.LOAD_DB !== 'pglite') await onServer();
