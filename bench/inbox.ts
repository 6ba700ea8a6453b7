import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SIGNAL_FORMS } from '../src/domain/signal/schema';
import { SIGNAL_STATES } from '../src/domain/signal/workflow';
import { loadContent } from '../src/server/content/load-content';
import { syncContent } from '../src/server/content/sync-content';
import { openKeyring, type Keyring } from '../src/server/crypto/keyring';
import { seal, sealContext } from '../src/server/crypto/sealed-fields';
import { openDatabase, type Database } from '../src/server/db/client';
import { handovers, signals } from '../src/server/db/schema';
import { inTenant } from '../src/server/db/tenant';
import { buildIfStale, killServer, startBuiltServer } from '../src/server/test-support/built-server';
import { createTestUser, loginAs, type TestLogin } from '../src/server/test-support/login-as';
import { createScratchDatabase } from '../src/server/test-support/scratch-database';
import { sampleSubmission } from '../src/server/test-support/signal-fixtures';
import { CONTENT_DIR } from '../src/server/test-support/test-app';

/**
 * `npm run bench:inbox` (issue 12): the AF's inbox at 10, 1,000 and 10,000 signals in one
 * municipality. The built server (dist/server/main.js, as `npm start` runs it) in its own process,
 * on PGlite (a data folder) and on a new database of the PostgreSQL server (INBOX_DATABASE_URL);
 * the signals are written straight into the database before it starts (sealed with the server's
 * own key file), then the bench times the inbox's first page as the browser asks for it
 * (`?state=open`) over HTTP: p50/p95 over INBOX_REQUESTS sequential requests, the body's bytes
 * uncompressed and as sent with `br, gzip`; and the second page (after the first page's cursor),
 * p50 over a quarter as many requests. INBOX_DB=pglite|postgres runs one of the two,
 * INBOX_SIZES=10,1000 other sizes, INBOX_ANALYZE=1 analyses the tables after seeding.
 */
const SIZES = (process.env.INBOX_SIZES ?? '10,1000,10000').split(',').map(Number);
const REQUESTS = Number(process.env.INBOX_REQUESTS ?? 200);
const WARMUP = 20;
const MUNICIPALITY = 'GM0518';
const serverUrl = process.env.INBOX_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const OPEN_STATES = SIGNAL_STATES.filter((s) => s !== 'afgesloten');
/** CONTENT_DIR, as the server reads it (it inherits this environment), or the project's content. */
const contentDir = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : CONTENT_DIR;

interface Row {
  database: string;
  signals: number;
  'in the answer': number;
  'p50 ms': number;
  'p95 ms': number;
  'KB (identity)': number;
  'KB (br/gzip)': number;
  /** The second page (after the first page's cursor), when the answer has one. */
  'page 2 p50 ms': number | string;
}

/**
 * `count` signals over the last year: one in twenty urgent, one in five closed, the rest spread over
 * the open states, one in ten with a handover (half of those late). Inserted in batches in one
 * tenant transaction each, sealed as the signal store seals them.
 */
async function seedSignals(database: Database, keyring: Keyring, reporterUserId: string, count: number): Promise<void> {
  const now = Date.now();
  const { reporterPhone: _, ...submission } = sampleSubmission();
  const reporter = { name: 'Bench Melder', email: 'melder@example.test', phone: null };
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, k) => {
      const i = start + k;
      const id = crypto.randomUUID();
      const at = new Date(now - 365 * 86_400_000 + Math.floor((i / count) * 365 * 86_400_000));
      return {
        id,
        municipality: MUNICIPALITY,
        reference: `SR-${MUNICIPALITY.slice(2)}-${at.getUTCFullYear()}-B${i}`,
        state: i % 5 === 4 ? 'afgesloten' : OPEN_STATES[i % OPEN_STATES.length]!,
        urgent: i % 20 === 0,
        forms: [SIGNAL_FORMS[i % SIGNAL_FORMS.length]!],
        sector: null,
        reporterUserId,
        reporterSealed: seal(keyring, sealContext.reporter(id), reporter),
        submissionSealed: seal(keyring, sealContext.submission(id), submission),
        idempotencyKey: crypto.randomUUID(),
        receivedAt: at,
        updatedAt: at,
      };
    });
    const withHandover = batch.filter((_, k) => (start + k) % 10 === 3);
    await inTenant(database.db, MUNICIPALITY, async (tx) => {
      await tx.insert(signals).values(batch);
      if (withHandover.length === 0) return;
      await tx.insert(handovers).values(
        withHandover.map((s, k) => {
          const id = crypto.randomUUID();
          const dueAt = new Date(now + (k % 2 === 0 ? -3 : 10) * 86_400_000);
          return {
            id,
            signalId: s.id,
            municipality: MUNICIPALITY,
            partnerId: 'politie',
            contactId: 'politie-avim',
            channel: 'phone' as const,
            parts: ['forms'],
            contentSealed: seal(keyring, sealContext.handoverContent(id), { reference: s.reference, municipality: MUNICIPALITY }),
            sentByUserId: reporterUserId,
            sentAt: new Date(dueAt.getTime() - 14 * 86_400_000),
            dueAt,
            feedbackTokenHash: crypto.randomBytes(32).toString('hex'),
            feedbackTokenExpiresAt: new Date(dueAt.getTime() + 30 * 86_400_000),
          };
        }),
      );
    });
  }
}

/** One GET over a keep-alive socket: status, body and the bytes that came over the wire. */
function get(agent: http.Agent, url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The number of signals in an answer: the unpaged inbox answered an array, the paged one `{ items }`. */
function itemsIn(body: Buffer): number {
  const parsed = JSON.parse(body.toString()) as unknown[] | { items: unknown[] };
  return Array.isArray(parsed) ? parsed.length : parsed.items.length;
}

/** The cursor of the next page, when the answer is paged and has one. */
function nextOf(body: Buffer): string | null {
  const parsed = JSON.parse(body.toString()) as unknown[] | { next: string | null };
  return Array.isArray(parsed) ? null : parsed.next;
}

async function timeInbox(label: string, size: number, url: string, af: TestLogin): Promise<Row> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const inbox = `${url}/api/v1/signals?state=open`;
  const headers = { ...af.headers, 'accept-encoding': 'identity' };
  try {
    for (let i = 0; i < WARMUP; i++) await get(agent, inbox, headers);
    const times: number[] = [];
    let last: { status: number; body: Buffer } | null = null;
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      last = await get(agent, inbox, headers);
      times.push(performance.now() - started);
      if (last.status !== 200) throw new Error(`the inbox answered ${last.status}: ${last.body.toString().slice(0, 200)}`);
    }
    const compressed = await get(agent, inbox, { ...af.headers, 'accept-encoding': 'br, gzip' });
    const next = nextOf(last!.body);
    const second: number[] = [];
    for (let i = 0; next && i < REQUESTS / 4; i++) {
      const started = performance.now();
      const res = await get(agent, `${inbox}&cursor=${next}`, headers);
      second.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`the second page answered ${res.status}: ${res.body.toString().slice(0, 200)}`);
    }
    second.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    return {
      database: label,
      signals: size,
      'in the answer': itemsIn(last!.body),
      'p50 ms': round(percentile(times, 50)),
      'p95 ms': round(percentile(times, 95)),
      'KB (identity)': round(last!.body.length / 1024),
      'KB (br/gzip)': round(compressed.body.length / 1024),
      'page 2 p50 ms': second.length ? round(percentile(second, 50)) : '–',
    };
  } finally {
    agent.destroy();
  }
}

/** A fresh database with `size` signals, the server on it, the measurement, the server stopped. */
async function measure(label: string, size: number, env: Record<string, string>, keyFile: string, open: () => Promise<Database>): Promise<Row> {
  const database = await open();
  let af: TestLogin;
  try {
    await syncContent(database.db, (await loadContent(contentDir)).content);
    af = await loginAs(database.db, { municipality: MUNICIPALITY, roles: ['aandachtsfunctionaris'] });
    const reporter = await createTestUser(database.db, { municipality: MUNICIPALITY, roles: ['medewerker'] });
    await seedSignals(database, openKeyring(keyFile, new Date()).ring, reporter.userId, size);
    // The planner's statistics, as autovacuum gathers them on a server some time after a bulk of new
    // rows (PGlite runs no autovacuum): without them a later page is planned as a sort of every match.
    if (process.env.INBOX_ANALYZE) await database.db.execute(sql`analyze`);
  } finally {
    await database.close();
  }
  const server = await startBuiltServer(env);
  try {
    return await timeInbox(label, size, server.url, af);
  } finally {
    await killServer(server.child, 'SIGTERM');
  }
}

async function onPglite(size: number): Promise<Row> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-inbox-'));
  try {
    return await measure('PGlite', size, { DATA_DIR: dataDir }, path.join(dataDir, 'encryption-keys.json'), () => openDatabase({ dataDir }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onServer(size: number): Promise<Row> {
  const scratch = await createScratchDatabase(serverUrl, 'inbox');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-inbox-keys-'));
  try {
    return await measure('PostgreSQL', size, { DATABASE_URL: scratch.url, DATA_DIR: dataDir }, path.join(dataDir, 'encryption-keys.json'), () =>
      openDatabase({ databaseUrl: scratch.url, dataDir: null }),
    );
  } finally {
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

buildIfStale();
const rows: Row[] = [];
for (const size of SIZES) {
  if (process.env.INBOX_DB !== 'postgres') rows.push(await onPglite(size));
  if (process.env.INBOX_DB !== 'pglite') rows.push(await onServer(size));
}
console.log(
  `\nThe inbox's first page (GET /api/v1/signals?state=open) as an AF, ${REQUESTS} sequential requests after ${WARMUP} to warm up; one municipality, a fifth of its signals closed${process.env.INBOX_ANALYZE ? '; tables analysed after seeding' : ''}`,
);
console.table(rows);
