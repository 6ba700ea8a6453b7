import { Writable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { SESSION_COOKIE } from '../auth/cookies';
import { createServices } from '../context/services';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import { loggerOptions } from '../logger';
import { createMailer } from '../mail/mailer';
import { loginAs } from '../test-support/login-as';
import type { TestDatabase } from '../test-support/test-database';
import { createTestApp, testKeyring, type TestApp } from '../test-support/test-app';

/**
 * A database that cannot be reached is a 503 with Retry-After and a Dutch message saying nothing
 * was saved, not a 500 "er ging iets mis": on PGlite a closed database, on PostgreSQL a database
 * dropped under the running app (its connections terminated), and on both a server that does not
 * answer at all.
 */

const A = 'GM0546';
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, logger: pino(loggerOptions('info'), stream) };
}

function expectUnavailable(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body).toBe(503);
  expect(res.headers['retry-after']).toBe('30');
  expect(res.json().error).toMatchObject({
    id: 'service-unavailable',
    message: 'Signaalroute is tijdelijk niet beschikbaar. Er is niets opgeslagen. Probeer het over een halve minuut opnieuw.',
  });
}

/** Closes the PGlite database, or drops the test database on the PostgreSQL server (ending its connections). */
async function takeDatabaseAway(t: TestApp): Promise<void> {
  if (t.database.kind === 'pglite') {
    await t.database.close();
    return;
  }
  const name = new URL((t.database as TestDatabase).env.DATABASE_URL!).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
}

describe('the database goes away under a running app', () => {
  it('answers 503 with Retry-After, in Dutch, for anonymous and logged-in requests alike, and logs a warning without the input', async () => {
    const { lines, logger } = capturedLogger();
    const t = await createTestApp({ logger });
    const af = await loginAs(t.database.db, { municipality: A, roles: ['aandachtsfunctionaris'] });
    closers.push(async () => {
      await t.app.close();
      t.services.mailer.close();
      if (t.database.kind === 'postgres') await t.database.close(); // a closed PGlite is closed
    });
    await takeDatabaseAway(t);

    const requests: InjectOptions[] = [
      { method: 'POST', url: '/api/v1/auth/login', payload: { email: 'onbereikbaar@leiden.nl', password: 'een wachtwoord' } },
      // The session lookup of the request guard is the first query here.
      { method: 'POST', url: '/api/v1/meetings', headers: af.headers, payload: { heldOn: '2026-03-10', title: 'Overleg zonder database' } },
      { method: 'GET', url: '/api/v1/signals', headers: af.headers },
    ];
    for (const request of requests) expectUnavailable(await t.app.inject(request));

    const warnings = lines.filter((l) => l.includes('database unavailable'));
    expect(warnings).toHaveLength(requests.length);
    expect(lines.join('')).not.toMatch(/onbereikbaar@leiden\.nl|Overleg zonder database|"level":50/);
  });
});

describe('a database server that does not answer', () => {
  it('answers 503 when no connection can be made at all', async () => {
    const t = await createTestApp();
    closers.push(() => t.close());
    // The same app, over a pool pointing at a port where nothing listens.
    const pool = new pg.Pool({ connectionString: 'postgres://signaalroute@127.0.0.1:1/signaalroute', connectionTimeoutMillis: 2000 });
    pool.on('error', () => {});
    const services = createServices({
      database: { db: drizzle(pool, { schema }) as unknown as Db, kind: 'postgres', raw: (text, values) => pool.query(text, values), close: () => pool.end() },
      content: t.content,
      keyring: testKeyring(),
      mailer: createMailer({ smtpUrl: undefined, from: 'x@y.example' }),
    });
    const app = await buildApp(services);
    closers.push(async () => {
      await app.close();
      await pool.end();
    });
    expectUnavailable(await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@leiden.nl', password: 'een wachtwoord' } }));
    expectUnavailable(await app.inject({ method: 'GET', url: '/api/v1/municipalities', headers: { cookie: `${SESSION_COOKIE}=iets` } }));
  });
});
