import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { users } from '../db/schema';
import { inTenant, queryRows } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, createTestUser, personalDataInAudit, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

// Count argon2 verifications: an unknown account must cost the same work as a known one.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...original,
    verify: (...args: Parameters<typeof original.verify>) => {
      verifications.count += 1;
      return original.verify(...args);
    },
  };
});

const LEIDEN = 'GM0546';
const PASSWORD = 'paarse olifant fietst naar huis';
let now = new Date('2026-03-02T09:00:00Z'); // 10:00 in Leiden (CET)
const advance = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

let t: TestApp;
let app: App;
let medewerker: TestUser;
let inactive: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: () => now });
  app = t.app;
  medewerker = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], password: PASSWORD, name: 'Mila Medewerker' });
  inactive = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], password: PASSWORD, name: 'Ida Inactief' });
  await inTenant(t.database.db, LEIDEN, (tx) => tx.update(users).set({ active: false }).where(eq(users.id, inactive.userId)));
});

afterAll(() => t?.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

/** The parts of an answer an attacker could compare. */
const visible = (res: Awaited<ReturnType<typeof login>>) => ({
  status: res.statusCode,
  body: res.body,
  setCookie: res.headers['set-cookie'] ?? null,
  headers: Object.keys(res.headers).filter((h) => !['date', 'x-ratelimit-remaining', 'x-ratelimit-reset'].includes(h)).sort(),
});

describe('logging in with e-mail and password', () => {
  it('logs in a medewerker (no second factor required) with a new session cookie and a CSRF token', async () => {
    const ok = await login(medewerker.email.toUpperCase(), PASSWORD, '10.0.0.2');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok', csrfToken: expect.any(String) });
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/^sr_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const session = await app.inject({ url: '/api/v1/auth/session', headers: { cookie: cookie.split(';')[0]! } });
    expect(session.json()).toMatchObject({ stage: 'ok', csrfToken: ok.json().csrfToken, user: { id: medewerker.userId, roles: ['medewerker'], municipality: LEIDEN, secondFactor: false } });
  });

  it('answers an unknown e-mail address, a wrong password and a deactivated account identically, after the same work', async () => {
    const answers = [];
    for (const [email, password] of [
      ['niemand@leiden.test', PASSWORD],
      [medewerker.email, 'verkeerd wachtwoord hier'],
      [inactive.email, PASSWORD],
    ] as const) {
      verifications.count = 0;
      const res = await login(email, password, '10.0.0.3');
      expect(verifications.count, email).toBe(1);
      answers.push(visible(res));
    }
    expect(answers[0]).toMatchObject({ status: 401, setCookie: null });
    expect(JSON.parse(answers[0]!.body)).toEqual({ error: { id: 'invalid-credentials', message: 'Onjuist e-mailadres of wachtwoord.' } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('audits successes and failures with actor, result and origin, and the reason only for the auditor', async () => {
    const records = await allAuditRecords(t.database.db);
    const logins = records.filter((r) => r.action === 'login');
    expect(logins).toContainEqual(
      expect.objectContaining({ municipality: LEIDEN, actor_user_id: medewerker.userId, actor: 'gebruiker', result: 'success', origin: '10.0.0.2', object_id: medewerker.userId }),
    );
    expect(logins).toContainEqual(
      expect.objectContaining({ municipality: null, actor_user_id: null, actor: 'anoniem', result: 'failure', origin: '10.0.0.3', details: { reason: 'unknown-account', method: 'password' } }),
    );
    expect(logins).toContainEqual(
      expect.objectContaining({ municipality: LEIDEN, actor: 'anoniem', result: 'failure', object_id: medewerker.userId, details: { reason: 'wrong-password', method: 'password' } }),
    );
    expect(logins).toContainEqual(expect.objectContaining({ municipality: LEIDEN, object_id: inactive.userId, result: 'failure', details: { reason: 'inactive', method: 'password' } }));
  });

  it('only accepts JSON', async () => {
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${encodeURIComponent(medewerker.email)}&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.id).toBe('unsupported-media-type');
    const text = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ email: medewerker.email, password: PASSWORD }) });
    expect(text.statusCode).toBe(415);
  });
});

describe('lock-out', () => {
  it('locks an e-mail address for 15 minutes after 5 consecutive failures, saying until when', async () => {
    const ip = '10.0.1.1';
    expect((await login(medewerker.email, PASSWORD, ip)).statusCode).toBe(200); // the count starts afresh
    for (let i = 1; i <= 4; i++) expect((await login(medewerker.email, `fout wachtwoord ${i}`, ip)).statusCode).toBe(401);
    const fifth = await login(medewerker.email, 'fout wachtwoord 5', ip);
    expect(fifth.statusCode).toBe(429);
    const { error } = fifth.json();
    expect(error.id).toBe('login-locked');
    expect(error.message).toBe('Te veel mislukte pogingen om in te loggen. U kunt het om 10:15 uur opnieuw proberen.');
    expect(error.details).toEqual({ retryAfterSeconds: 900 });
    expect(fifth.headers['retry-after']).toBe('900');

    // Even the right password is refused while locked, from any address.
    advance(5);
    const meanwhile = await login(medewerker.email, PASSWORD, '10.0.1.2');
    expect(meanwhile.statusCode).toBe(429);
    expect(meanwhile.json().error.details).toEqual({ retryAfterSeconds: 600 });
    expect(meanwhile.json().error.message).toContain('10:15');

    advance(10);
    expect((await login(medewerker.email, PASSWORD, '10.0.1.2')).statusCode).toBe(200);
  });

  it('treats an unknown e-mail address the same way', async () => {
    const ip = '10.0.2.1';
    for (let i = 1; i <= 4; i++) expect((await login('onbekend@leiden.test', `poging ${i}`, ip)).statusCode).toBe(401);
    expect((await login('onbekend@leiden.test', 'poging 5', ip)).statusCode).toBe(429);
    advance(15);
    expect((await login('onbekend@leiden.test', 'poging 6', ip)).statusCode).toBe(401);
  });

  it('counts consecutive failures: a successful login starts the count again', async () => {
    const ip = '10.0.3.1';
    for (let i = 1; i <= 4; i++) await login(medewerker.email, `fout ${i} wachtwoord`, ip);
    expect((await login(medewerker.email, PASSWORD, ip)).statusCode).toBe(200);
    for (let i = 1; i <= 4; i++) expect((await login(medewerker.email, `fout ${i} wachtwoord`, ip)).statusCode).toBe(401);
    expect((await login(medewerker.email, PASSWORD, ip)).statusCode).toBe(200);
  });

  it('locks a client address after 20 failures within 15 minutes, whatever the e-mail addresses', async () => {
    const ip = '10.0.4.1';
    for (let i = 1; i <= 19; i++) expect((await login(`gok${i}@leiden.test`, 'een wachtwoord', ip)).statusCode, `attempt ${i}`).toBe(401);
    const twentieth = await login('gok20@leiden.test', 'een wachtwoord', ip);
    expect(twentieth.statusCode).toBe(429);
    expect((await login(medewerker.email, PASSWORD, ip)).statusCode).toBe(429);
    expect((await login(medewerker.email, PASSWORD, '10.0.4.2')).statusCode).toBe(200);
    advance(15);
    expect((await login(medewerker.email, PASSWORD, ip)).statusCode).toBe(200);
  });

  it('forgets failures of an address once its 15-minute window has passed', async () => {
    const ip = '10.0.5.1';
    for (let i = 1; i <= 15; i++) await login(`venster${i}@leiden.test`, 'een wachtwoord', ip);
    advance(16);
    for (let i = 16; i <= 30; i++) expect((await login(`venster${i}@leiden.test`, 'een wachtwoord', ip)).statusCode).toBe(401);
  });

  it('audits the lock-out and the refused attempts while locked', async () => {
    const records = await allAuditRecords(t.database.db);
    expect(records).toContainEqual(expect.objectContaining({ action: 'login.locked', municipality: LEIDEN, object_id: medewerker.userId, origin: '10.0.1.1' }));
    expect(records).toContainEqual(
      expect.objectContaining({ action: 'login', result: 'denied', municipality: LEIDEN, origin: '10.0.1.2', details: { reason: 'locked' } }),
    );
  });

  it('keeps login names and addresses out of the throttle table and the audit details', async () => {
    const keys = await queryRows<{ key: string }>(t.database.db, sql`select key from login_throttle`);
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).toMatch(/^(email|ip):[0-9a-f]{64}$/);
    const records = await allAuditRecords(t.database.db);
    expect(personalDataInAudit(records, [medewerker, inactive])).toEqual([]);
  });
});
