import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../src/server/content/load-content';
import { syncContent } from '../src/server/content/sync-content';
import { openKeyring } from '../src/server/crypto/keyring';
import { openDatabase } from '../src/server/db/client';
import { buildIfStale, killServer, startBuiltServer } from '../src/server/test-support/built-server';
import { createTestUser, loginAs, type TestLogin } from '../src/server/test-support/login-as';
import { createScratchDatabase } from '../src/server/test-support/scratch-database';
import { insertTestSignal } from '../src/server/test-support/signal-fixtures';
import { CONTENT_DIR } from '../src/server/test-support/test-app';

/**
 * `npm run bench:round-trips` (issue 12): how often a logged-in request waits for the PostgreSQL
 * server, counted on the wire. The built server (as `npm start` runs it) talks to a new database of
 * the server (ROUND_TRIPS_DATABASE_URL) through a TCP proxy in this process; on every connection a
 * round trip is counted each time the application sends after the database has answered. The job
 * runner polls on the same pool in the background: its rate is measured while the server is idle
 * and subtracted. Each kind of request is sent REQUESTS times, one after another.
 * ROUND_TRIPS_SHOW=1 also prints, for one request of each kind, what each round trip sent.
 */
const REQUESTS = Number(process.env.ROUND_TRIPS_REQUESTS ?? 100);
const IDLE_MS = 5000;
const MUNICIPALITY = 'GM0518';
const SHOW = Boolean(process.env.ROUND_TRIPS_SHOW);
const serverUrl = process.env.ROUND_TRIPS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The statements in a chunk of the PostgreSQL protocol the application sent (Query and Parse messages), shortened. */
function statementsIn(chunk: Buffer): string[] {
  const found: string[] = [];
  for (let at = 0; at + 5 <= chunk.length; ) {
    const type = String.fromCharCode(chunk[at]!);
    const length = chunk.readUInt32BE(at + 1);
    const body = chunk.subarray(at + 5, at + 1 + length);
    if (type === 'Q') found.push(body.toString('utf8', 0, body.length - 1));
    if (type === 'P') found.push(body.toString('utf8', body.indexOf(0) + 1, body.indexOf(0, body.indexOf(0) + 1)));
    if (type === 'B' && !found.length) found.push('(a prepared statement, bound and executed)');
    at += 1 + length;
  }
  return found.map((s) => s.replace(/\s+/g, ' ').slice(0, 110));
}

/** A proxy to `target` that counts round trips over all its connections, and keeps what each sent while `log` is set. */
function countingProxy(target: URL): Promise<{ port: number; count(): number; close(): void; log: string[] | null }> {
  let trips = 0;
  const proxy = { log: null as string[] | null };
  const server = net.createServer((app) => {
    const database = net.connect(Number(target.port || 5432), target.hostname);
    let waiting = false; // the application spoke last and waits for the database
    app.on('data', (chunk) => {
      if (!waiting) {
        trips += 1;
        proxy.log?.push(statementsIn(chunk).join(' | '));
      }
      waiting = true;
      database.write(chunk);
    });
    database.on('data', (chunk) => {
      waiting = false;
      app.write(chunk);
    });
    const close = () => {
      app.destroy();
      database.destroy();
    };
    app.on('close', close).on('error', close);
    database.on('close', close).on('error', close);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(Object.assign(proxy, { port: (server.address() as net.AddressInfo).port, count: () => trips, close: () => server.close() }))),
  );
}

interface Kind {
  label: string;
  send(url: string, login: TestLogin): Promise<Response>;
}

const kinds = (signalId: string): Kind[] => [
  { label: 'session (GET /api/v1/auth/session)', send: (url, af) => fetch(`${url}/api/v1/auth/session`, { headers: af.headers }) },
  { label: 'inbox, first page (GET /api/v1/signals?state=open)', send: (url, af) => fetch(`${url}/api/v1/signals?state=open`, { headers: af.headers }) },
  { label: 'one signal (GET /api/v1/signals/:id)', send: (url, af) => fetch(`${url}/api/v1/signals/${signalId}`, { headers: af.headers }) },
  {
    label: 'search (POST /api/v1/matching/search)',
    send: (url, af) =>
      fetch(`${url}/api/v1/matching/search`, {
        method: 'POST',
        headers: { ...af.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'person', name: 'J. van den Berg', dateOfBirth: '1980-03' }),
      }),
  },
];

const scratch = await createScratchDatabase(serverUrl, 'round_trips');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-round-trips-'));
const proxy = await countingProxy(new URL(serverUrl));
try {
  buildIfStale();
  const database = await openDatabase({ databaseUrl: scratch.url, dataDir: null });
  let af: TestLogin;
  let signalId: string;
  try {
    await syncContent(database.db, (await loadContent(CONTENT_DIR)).content);
    af = await loginAs(database.db, { municipality: MUNICIPALITY, roles: ['aandachtsfunctionaris'] });
    const reporter = await createTestUser(database.db, { municipality: MUNICIPALITY, roles: ['medewerker'] });
    const keyring = openKeyring(path.join(dataDir, 'encryption-keys.json'), new Date()).ring;
    signalId = (await insertTestSignal(database.db, keyring, { municipality: MUNICIPALITY, reporterUserId: reporter.userId })).id;
  } finally {
    await database.close();
  }
  const proxied = new URL(scratch.url);
  proxied.port = String(proxy.port);
  const server = await startBuiltServer({ DATABASE_URL: proxied.toString(), DATA_DIR: dataDir });
  try {
    let before = proxy.count();
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idlePerMs = (proxy.count() - before) / IDLE_MS;
    const rows = [];
    for (const kind of kinds(signalId)) {
      for (let i = 0; i < 5; i++) await (await kind.send(server.url, af)).arrayBuffer();
      if (SHOW) {
        proxy.log = [];
        await (await kind.send(server.url, af)).arrayBuffer();
        console.log(`\n${kind.label}:\n${proxy.log.map((line, i) => `  ${i + 1}. ${line}`).join('\n')}`);
        proxy.log = null;
      }
      before = proxy.count();
      const started = performance.now();
      for (let i = 0; i < REQUESTS; i++) {
        const res = await kind.send(server.url, af);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${kind.label}: ${res.status}`);
      }
      const ms = performance.now() - started;
      const counted = proxy.count() - before;
      const background = idlePerMs * ms;
      rows.push({ request: kind.label, 'round trips per request': Math.round(((counted - background) / REQUESTS) * 100) / 100, 'counted (all)': counted, 'background (est.)': Math.round(background) });
    }
    console.log(`\nRound trips to the PostgreSQL server per logged-in request (AF), ${REQUESTS} sequential requests per kind; background ${(idlePerMs * 1000).toFixed(1)} round trips/s while idle`);
    console.table(rows);
  } finally {
    await killServer(server.child, 'SIGTERM');
  }
} finally {
  proxy.close();
  await scratch.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
