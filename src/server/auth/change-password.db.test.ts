import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../db/schema';
import { inTenant } from '../db/tenant';
import type { App } from '../http/types';
import { loggerOptions } from '../logger';
import { allAuditRecords, createTestUser, personalDataInAudit, sessionFor, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { checkPassword } from './password-policy';
import { sha256 } from './secrets';

const LEIDEN = 'GM0546';
const PASSWORD = 'paarse olifant fietst naar huis';
const NEW_PASSWORD = 'groene giraf zwemt in de gracht';
let now = new Date('2026-03-02T09:00:00Z'); // 10:00 in Leiden (CET)
const advance = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

let t: TestApp;
let app: App;
let address = 0;
const logLines: string[] = [];
/** Every password typed in this file, right or wrong: none may reach the audit trail or a log line. */
const typed = new Set<string>([PASSWORD, NEW_PASSWORD]);

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  // The server's own logger options, at the most talkative level.
  t = await createTestApp({ logger: pino(loggerOptions('trace'), stream), now: () => now });
  app = t.app;
});

afterAll(() => t?.close());

/** Each request from its own address, so the auth rate limit never gets in the way. */
const inject = (options: InjectOptions) => app.inject({ remoteAddress: `10.2.0.${++address % 250}`, ...options });

interface Login {
  cookie: string;
  headers: Record<string, string>;
}

async function login(user: TestUser, password = PASSWORD): Promise<Login> {
  const res = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return { cookie, headers: { cookie, 'x-csrf-token': res.json().csrfToken } };
}

const loginStatus = async (user: TestUser, password: string) =>
  (await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password } })).statusCode;

function change(login: Login, currentPassword: string, newPassword: string, remoteAddress?: string) {
  typed.add(currentPassword);
  typed.add(newPassword);
  return inject({ method: 'POST', url: '/api/v1/auth/password', headers: login.headers, payload: { currentPassword, newPassword }, ...(remoteAddress ? { remoteAddress } : {}) });
}

const stage = async (cookie: string) => (await inject({ url: '/api/v1/auth/session', headers: { cookie } })).json().stage as string;

const newUser = (password: string | null = PASSWORD) => createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], ...(password ? { password } : {}) });

async function storedHash(user: TestUser): Promise<string | null> {
  const [row] = await inTenant(t.database.db, LEIDEN, (tx) => tx.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.userId)));
  return row?.hash ?? null;
}

const auditOf = async (user: TestUser) => (await allAuditRecords(t.database.db)).filter((r) => r.object_id === user.userId && r.action === 'password.change');

describe('changing one’s own password', () => {
  it('stores the new password, ends every other session and continues this browser in a new one', async () => {
    const user = await newUser();
    const here = await login(user);
    const phone = await login(user);
    const laptop = await login(user);
    const before = await storedHash(user);
    expect((await inject({ url: '/api/v1/auth/session', headers: { cookie: here.cookie } })).json().user).toMatchObject({ hasPassword: true });

    const res = await change(here, PASSWORD, NEW_PASSWORD, '10.2.1.1');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', csrfToken: expect.any(String) });
    expect(res.json().csrfToken).not.toBe(here.headers['x-csrf-token']);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^sr_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const renewed = setCookie.split(';')[0]!;
    expect(renewed).not.toBe(here.cookie);

    // The other devices and the old session id are logged out; this browser goes on under the new id.
    expect(await stage(phone.cookie)).toBe('none');
    expect(await stage(laptop.cookie)).toBe('none');
    expect(await stage(here.cookie)).toBe('none');
    expect(await stage(renewed)).toBe('ok');
    const next = { cookie: renewed, headers: { cookie: renewed, 'x-csrf-token': res.json().csrfToken } };
    expect((await inject({ method: 'POST', url: '/api/v1/auth/logout', headers: next.headers })).statusCode).toBe(200);

    expect(await storedHash(user)).not.toBe(before);
    expect(await storedHash(user)).toMatch(/^\$argon2id\$/);
    expect(await loginStatus(user, PASSWORD)).toBe(401);
    expect(await loginStatus(user, NEW_PASSWORD)).toBe(200);

    expect((await auditOf(user)).at(-1)).toMatchObject({
      municipality: LEIDEN,
      actor_user_id: user.userId,
      actor: 'gebruiker',
      object_type: 'user',
      result: 'success',
      origin: '10.2.1.1',
      details: { otherSessionsEnded: 2 },
    });
  });

  it('keeps the absolute time-out of the login: a new session id does not make the session last longer', async () => {
    const user = await newUser();
    const here = await login(user);
    const expiresAt = async (cookie: string) => {
      const [row] = await inTenant(t.database.db, LEIDEN, (tx) => tx.select({ at: sessions.expiresAt }).from(sessions).where(eq(sessions.id, sha256(cookie.split('=')[1]!))));
      return row!.at.getTime();
    };
    const loginExpiry = await expiresAt(here.cookie);
    advance(20);
    const res = await change(here, PASSWORD, NEW_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(await expiresAt(String(res.headers['set-cookie']).split(';')[0]!)).toBe(loginExpiry);
  });

  it('refuses a wrong current password, saying it counts towards the lock-out, and changes nothing', async () => {
    const user = await newUser();
    const here = await login(user);
    const phone = await login(user);
    const before = await storedHash(user);
    const res = await change(here, 'niet mijn wachtwoord', NEW_PASSWORD);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      id: 'current-password-invalid',
      message: 'Uw huidige wachtwoord klopt niet. Let op: na 5 foute pogingen achter elkaar kunt u 15 minuten niet met uw wachtwoord inloggen of het wijzigen.',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await storedHash(user)).toBe(before);
    expect(await stage(here.cookie)).toBe('ok');
    expect(await stage(phone.cookie)).toBe('ok');
    expect((await auditOf(user)).at(-1)).toMatchObject({ result: 'failure', details: { reason: 'wrong-password' } });
  });

  it('locks after 5 wrong current passwords, together with logging in, and says until when', async () => {
    now = new Date('2026-03-03T09:00:00Z'); // 10:00 in Leiden
    const user = await newUser();
    const here = await login(user);
    for (let i = 1; i <= 4; i++) expect((await change(here, `fout wachtwoord ${i}`, NEW_PASSWORD)).statusCode).toBe(400);
    const fifth = await change(here, 'fout wachtwoord 5', NEW_PASSWORD);
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error).toEqual({
      id: 'password-locked',
      message: 'Te veel foute pogingen met uw wachtwoord. U kunt het om 10:15 uur opnieuw proberen; tot dan kunt u ook niet met uw wachtwoord inloggen.',
      details: { retryAfterSeconds: 900 },
    });
    expect(fifth.headers['retry-after']).toBe('900');

    // While locked even the right password is refused, here and at the login (the same lock).
    advance(5);
    const meanwhile = await change(here, PASSWORD, NEW_PASSWORD);
    expect(meanwhile.statusCode).toBe(429);
    expect(meanwhile.json().error.details).toEqual({ retryAfterSeconds: 600 });
    expect(await loginStatus(user, PASSWORD)).toBe(429);
    expect(await stage(here.cookie)).toBe('ok'); // the session itself goes on

    advance(10);
    const records = await allAuditRecords(t.database.db);
    expect(records).toContainEqual(expect.objectContaining({ action: 'login.locked', object_id: user.userId, actor: 'gebruiker' }));
    expect(await auditOf(user)).toContainEqual(expect.objectContaining({ result: 'denied', details: { reason: 'locked' } }));
    // The session (idle for 10 minutes) still works, and the lock has passed.
    expect((await change(here, PASSWORD, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a weak new password with the same reasons and Dutch messages as at activation', async () => {
    const user = await newUser();
    const here = await login(user);
    const before = await storedHash(user);
    const localPart = user.email.split('@')[0]!;
    for (const [weak, reason] of [
      ['te kort', 'too-short'],
      ['password123456', 'common'],
      ['wachtwoord123', 'word-with-affixes'],
      ['aaaaaaaaaaaa', 'pattern'],
      [`${localPart}2026!`, 'personal'],
      ['Leiden2026!!', 'personal'], // the municipality's name, looked up by the server
      ['x'.repeat(129), 'too-long'],
    ] as const) {
      const res = await change(here, PASSWORD, weak);
      const policy = checkPassword(weak, { email: user.email, name: user.name, municipality: 'Leiden' });
      expect(policy.ok, weak).toBe(false);
      expect(res.statusCode, weak).toBe(400);
      expect(res.json().error, weak).toEqual({ id: 'weak-password', message: policy.ok ? '' : policy.message, details: { reason } });
    }
    const same = await change(here, PASSWORD, PASSWORD);
    expect(same.statusCode).toBe(400);
    expect(same.json().error).toMatchObject({ id: 'password-unchanged', message: 'Uw nieuwe wachtwoord is hetzelfde als uw huidige. Kies een ander wachtwoord.' });
    expect(await storedHash(user)).toBe(before);
    expect(await stage(here.cookie)).toBe('ok');
  });

  it('refuses a user who logs in through the municipality only (SSO, no password)', async () => {
    const user = await newUser(null);
    const here = await sessionFor(t.database.db, user, { now });
    // The Account page knows beforehand: it offers no form.
    expect((await inject({ url: '/api/v1/auth/session', headers: { cookie: here.cookie } })).json().user).toMatchObject({ hasPassword: false });
    const res = await change(here, 'een wachtwoord dat er niet is', NEW_PASSWORD);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toEqual({
      id: 'no-password',
      message: 'Uw account heeft geen wachtwoord in Signaalroute: u logt in via uw gemeente (SSO). Uw wachtwoord wijzigt u bij uw eigen organisatie.',
    });
    expect(await storedHash(user)).toBeNull();
    expect(await stage(here.cookie)).toBe('ok');
    expect((await auditOf(user)).at(-1)).toMatchObject({ result: 'failure', details: { reason: 'no-password' } });
  });

  it('asks a login, the CSRF token and both passwords', async () => {
    const user = await newUser();
    const here = await login(user);
    const payload = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
    expect((await inject({ method: 'POST', url: '/api/v1/auth/password', payload })).statusCode).toBe(401);
    expect((await inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: here.cookie }, payload })).statusCode).toBe(403);
    const empty = await inject({ method: 'POST', url: '/api/v1/auth/password', headers: here.headers, payload: { currentPassword: '', newPassword: '' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['currentPassword', 'newPassword']);
    expect(await loginStatus(user, PASSWORD)).toBe(200);
  });

  it('keeps every password and hash out of the audit trail and the log', async () => {
    const records = await allAuditRecords(t.database.db);
    expect(records.filter((r) => r.action === 'password.change').length).toBeGreaterThan(5);
    const audit = JSON.stringify(records);
    const log = logLines.join('\n');
    expect(log.length).toBeGreaterThan(0);
    for (const password of typed) {
      expect(audit.includes(password), `audit: ${password}`).toBe(false);
      expect(log.includes(password), `log: ${password}`).toBe(false);
    }
    for (const text of [audit, log]) expect(text).not.toContain('$argon2');
    const people = await inTenant(t.database.db, LEIDEN, (tx) => tx.select({ email: users.email, name: users.name }).from(users));
    expect(personalDataInAudit(records, people)).toEqual([]);
  });
});
