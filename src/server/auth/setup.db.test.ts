import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import { startServer } from '../start';
import { CONTENT_DIR, createTestApp, type TestApp } from '../test-support/test-app';
import { allAuditRecords, personalDataInAudit } from '../test-support/login-as';
import { openTestDatabase } from '../test-support/test-database';
import { prepareFirstUse } from './setup';

const PUBLIC_URL = 'https://signaalroute.leiden.nl';
let now = new Date('2026-03-02T09:00:00Z');

let t: TestApp;
let app: App;

beforeAll(async () => {
  t = await createTestApp({ now: () => now, publicUrl: PUBLIC_URL });
  app = t.app;
});

afterAll(() => t?.close());

const tokenOf = (link: string) => link.split('#token=')[1]!;
const first = { municipality: 'GM0546', name: 'Eerste Beheerder', email: 'Eerste.Beheerder@leiden.nl', password: 'paarse olifant fietst naar huis' };
const setup = (body: object) => app.inject({ method: 'POST', url: '/api/v1/setup', payload: body, remoteAddress: '10.3.0.1' });

describe('first start', () => {
  let expired: string;
  let valid: string;

  it('reports that set-up is needed while there are no users', async () => {
    expect((await app.inject('/api/v1/setup')).json()).toEqual({ needed: true });
  });

  it('makes a one-time link with the token in the fragment, valid one hour, and one line to print', async () => {
    const old = await prepareFirstUse(t.database.db, { publicUrl: PUBLIC_URL, now: new Date(now.getTime() - 61 * 60_000) });
    expired = tokenOf(old!.link);
    const fresh = await prepareFirstUse(t.database.db, { publicUrl: PUBLIC_URL, now });
    expect(fresh!.link).toMatch(/^https:\/\/signaalroute\.leiden\.nl\/inrichten#token=[\w-]{43}$/);
    expect(fresh!.expiresAt).toEqual(new Date('2026-03-02T10:00:00Z'));
    expect(fresh!.line).toBe(`Eerste gebruik: maak de eerste beheerder aan via ${fresh!.link} (geldig tot 11:00)`);
    valid = tokenOf(fresh!.link);
  });

  it('refuses an unknown or expired token with 410', async () => {
    for (const token of ['x'.repeat(43), expired]) {
      const res = await setup({ ...first, token });
      expect(res.statusCode).toBe(410);
      expect(res.json().error).toMatchObject({ id: 'setup-unavailable', message: expect.stringContaining('inrichtingslink') });
    }
  });

  it('applies the password policy, with the name and municipality entered, and checks the municipality', async () => {
    for (const [password, reason, why] of [
      ['eerste.beheerder!!', 'personal', 'bevat uw naam, uw e-mailadres of de naam van uw gemeente'],
      ['Leiden2026!!', 'personal', 'bevat uw naam, uw e-mailadres of de naam van uw gemeente'],
      ['Welkom1234567', 'word-with-affixes', 'bestaat uit een woord uit het woordenboek'],
    ] as const) {
      const weak = await setup({ ...first, token: valid, password });
      expect(weak.statusCode, password).toBe(400);
      expect(weak.json().error, password).toMatchObject({ id: 'weak-password', message: expect.stringContaining(why), details: { reason } });
      expect(weak.json().error.message, password).toContain('zin van vier of meer ongewone woorden');
    }
    const unknown = await setup({ ...first, token: valid, municipality: 'GM9999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.id).toBe('unknown-municipality');
  });

  it('creates the first beheerder once, who then logs in and must set up a second factor', async () => {
    const res = await setup({ ...first, token: valid });
    expect(res.statusCode, res.body).toBe(201);
    const users = await t.database.db.query.users.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: 'eerste.beheerder@leiden.nl', roles: ['beheerder', 'medewerker'], municipality: 'GM0546', region: 'eenheid-den-haag' });
    expect((await setup({ ...first, token: valid, email: 'tweede@leiden.nl' })).statusCode).toBe(410);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: first.email, password: first.password }, remoteAddress: '10.3.0.2' });
    expect(login.json().status).toBe('enrol-second-factor');
  });

  it('no longer needs or offers set-up once a user exists, not even with a new token', async () => {
    expect((await app.inject('/api/v1/setup')).json()).toEqual({ needed: false });
    const raced = await prepareFirstUse(t.database.db, { publicUrl: PUBLIC_URL, now });
    expect(raced).toBeNull();
  });

  it('audits the creation by the set-up link, without personal data', async () => {
    const records = await allAuditRecords(t.database.db);
    const user = (await t.database.db.query.users.findMany())[0]!;
    expect(records).toContainEqual(
      expect.objectContaining({ action: 'user.create', actor: 'inrichting', actor_user_id: null, object_id: user.id, municipality: 'GM0546', origin: '10.3.0.1', result: 'success' }),
    );
    expect(personalDataInAudit(records, [user])).toEqual([]);
  });
});

describe('startServer on an empty database', () => {
  it('prints exactly one line with the set-up link', async () => {
    const database = await openTestDatabase();
    const url = database.env.DATABASE_URL;
    if (database.kind === 'pglite') await database.close(); // startServer opens its own in-memory database
    const lines: string[] = [];
    const logger = { warn: (msg: string) => lines.push(msg), info: () => {}, error: () => {}, debug: () => {}, trace: () => {}, fatal: () => {}, child: () => logger, level: 'warn', silent: () => {} };
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: null, databaseUrl: url, contentDir: CONTENT_DIR, webDir: null, publicUrl: PUBLIC_URL, logger: logger as unknown as FastifyBaseLogger });
    try {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Eerste gebruik: maak de eerste beheerder aan via https:\/\/signaalroute\.leiden\.nl\/inrichten#token=[\w-]{43} \(geldig tot \d\d:\d\d\)$/);
      expect(server.setupLink).toBe(lines[0]!.split(' via ')[1]!.split(' ')[0]);
    } finally {
      await server.close();
      if (database.kind === 'postgres') await database.close();
    }
    // A whole server with its embedded database in a worker thread: slow on a busy machine.
  }, 120_000);
});
