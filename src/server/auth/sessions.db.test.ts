import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import { allAuditRecords, createTestUser, personalDataInAudit, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

const LEIDEN = 'GM0546';
const PASSWORD = 'paarse olifant fietst naar huis';
let now = new Date('2026-03-02T09:00:00Z');
const advance = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

let t: TestApp;
let app: App;
let user: TestUser;
let ipCounter = 0;

beforeAll(async () => {
  // Behind a proxy (TRUST_PROXY), with the default time-outs: 30 minutes idle, 12 hours in all.
  t = await createTestApp({ trustProxy: true, now: () => now, publicUrl: 'https://signaalroute.leiden.nl' });
  app = t.app;
  user = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], password: PASSWORD });
});

afterAll(() => t?.close());

interface Login {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

/** Each login from its own address, so the auth rate limit never gets in the way. */
async function login(headers: Record<string, string> = {}): Promise<Login & { setCookie: string }> {
  ipCounter += 1;
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: PASSWORD }, headers, remoteAddress: `10.1.0.${ipCounter}` });
  expect(res.statusCode, res.body).toBe(200);
  const setCookie = String(res.headers['set-cookie']);
  const cookie = setCookie.split(';')[0]!;
  const { csrfToken } = res.json();
  return { cookie, csrfToken, setCookie, headers: { cookie, 'x-csrf-token': csrfToken } };
}

const stage = async (cookie: string) => (await app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).json().stage as string;

describe('sessions', () => {
  it('starts a new session on every login and ends the one the browser had before', async () => {
    const first = await login();
    const second = await login({ cookie: first.cookie, 'x-csrf-token': first.csrfToken });
    expect(second.cookie).not.toBe(first.cookie);
    expect(await stage(second.cookie)).toBe('ok');
    expect(await stage(first.cookie)).toBe('none');
  });

  it('marks the cookie Secure when the request came over https (through the trusted proxy)', async () => {
    const plain = await login();
    expect(plain.setCookie).not.toContain('Secure');
    const tls = await login({ 'x-forwarded-proto': 'https' });
    expect(tls.setCookie).toContain('Secure');
    expect(tls.setCookie).toContain('HttpOnly');
    expect(tls.setCookie).toContain('SameSite=Lax');
  });

  it('ends a session after 30 minutes without a request', async () => {
    const { cookie } = await login();
    advance(29);
    expect(await stage(cookie)).toBe('ok'); // and the idle clock starts again
    advance(29);
    expect(await stage(cookie)).toBe('ok');
    advance(30);
    const expired = await app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    expect(expired.json()).toEqual({ user: null, csrfToken: null, stage: 'none' });
    // The browser is told to forget the dead cookie.
    expect(String(expired.headers['set-cookie'])).toMatch(/^sr_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('ends a session 12 hours after the login, however active', async () => {
    const { cookie } = await login();
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      advance(20);
      expect(await stage(cookie)).toBe('ok');
    }
    advance(20);
    expect(await stage(cookie)).toBe('none');
  });

  it('writes last_seen_at at most once a minute', async () => {
    const { cookie } = await login();
    const lastSeen = async () => {
      const rows = await t.database.db.query.sessions.findMany();
      return rows.map((r) => r.lastSeenAt.getTime()).sort().at(-1);
    };
    const before = await lastSeen();
    advance(0.5);
    await stage(cookie);
    expect(await lastSeen()).toBe(before);
    advance(0.6);
    await stage(cookie);
    expect(await lastSeen()).toBe(now.getTime());
  });

  it('logs out this session only, and audits it', async () => {
    const here = await login();
    const elsewhere = await login();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: here.headers, remoteAddress: '10.1.9.9' });
    expect(res.statusCode).toBe(200);
    expect((await allAuditRecords(t.database.db)).at(-1)).toMatchObject({
      action: 'logout',
      municipality: LEIDEN,
      actor_user_id: user.userId,
      actor: 'gebruiker',
      object_id: user.userId,
      result: 'success',
      origin: '10.1.9.9',
    });
    expect(String(res.headers['set-cookie'])).toMatch(/^sr_session=;/);
    expect(await stage(here.cookie)).toBe('none');
    expect(await stage(elsewhere.cookie)).toBe('ok');
  });

  it('logs out everywhere: every session of the user on every device', async () => {
    const here = await login();
    const phone = await login();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', headers: here.headers });
    expect(res.statusCode).toBe(200);
    expect(await stage(here.cookie)).toBe('none');
    expect(await stage(phone.cookie)).toBe('none');
    const records = await allAuditRecords(t.database.db);
    expect(records.filter((r) => r.action === 'logout.everywhere').at(-1)).toMatchObject({
      municipality: LEIDEN,
      actor_user_id: user.userId,
      actor: 'gebruiker',
      result: 'success',
      details: { sessions: expect.any(Number) },
    });
  });

  it('answers 401 to logout without a session', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(res.statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request with a session but without the CSRF header', async () => {
    const { cookie } = await login();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ id: 'csrf-token-invalid', message: expect.stringContaining('beveiligingscode') });
    expect(await stage(cookie)).toBe('ok');
  });

  it('refuses a wrong CSRF token, also one of another session', async () => {
    const mine = await login();
    const other = await login();
    for (const token of ['verkeerd', other.csrfToken, `${mine.csrfToken}x`, '']) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: mine.cookie, 'x-csrf-token': token } });
      expect(res.statusCode, token).toBe(403);
    }
    expect(await stage(mine.cookie)).toBe('ok');
  });

  it('allows the request with the right token', async () => {
    const mine = await login();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: mine.headers });
    expect(res.statusCode).toBe(200);
  });

  it('asks no CSRF token for reading', async () => {
    const { cookie } = await login();
    expect((await app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(200);
  });
});

describe('Origin check', () => {
  const loginFrom = (origin: string, host = 'signaalroute.leiden.nl') =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { origin, host }, payload: { email: user.email, password: PASSWORD }, remoteAddress: '10.1.1.1' });

  it('refuses a state-changing request from another site, also without a session (login)', async () => {
    for (const origin of ['https://kwaadwillend.example', 'null', 'https://signaalroute.leiden.nl.kwaadwillend.example']) {
      const res = await loginFrom(origin);
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().error).toMatchObject({ id: 'origin-mismatch' });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('accepts the request from its own host, and from the configured public address', async () => {
    expect((await loginFrom('http://signaalroute.leiden.nl')).statusCode).toBe(200);
    expect((await loginFrom('https://signaalroute.leiden.nl', 'internal-host:3000')).statusCode).toBe(200);
  });

  it('keeps personal data out of the audit details', async () => {
    expect(personalDataInAudit(await allAuditRecords(t.database.db), [user])).toEqual([]);
  });
});
