import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSealed } from '../crypto/field-cipher';
import { users } from '../db/schema';
import { inTenant } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, createTestUser, loginAs, personalDataInAudit, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { totpCode } from './totp';
import { openTotpSecret } from './totp-secret';

const LEIDEN = 'GM0546';
const PASSWORD = 'paarse olifant fietst naar huis';
let now = new Date('2026-03-02T09:00:05Z');
const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));

let t: TestApp;
let app: App;
let ipCounter = 0;

beforeAll(async () => {
  t = await createTestApp({ now: () => now });
  app = t.app;
});

afterAll(() => t?.close());

interface Browser {
  cookie: string;
  csrfToken: string;
}

const headers = (b: Browser) => ({ cookie: b.cookie, 'x-csrf-token': b.csrfToken });

/** Takes over the session cookie a response set, as a browser would. */
function follow(b: Browser, res: { headers: Record<string, unknown>; json(): { csrfToken?: string } }): Browser {
  const setCookie = res.headers['set-cookie'];
  return { cookie: setCookie ? String(setCookie).split(';')[0]! : b.cookie, csrfToken: res.json().csrfToken ?? b.csrfToken };
}

async function passwordStep(user: TestUser, ip = `10.2.0.${++ipCounter}`) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: PASSWORD }, remoteAddress: ip });
  expect(res.statusCode, res.body).toBe(200);
  return { status: res.json().status as string, browser: follow({ cookie: '', csrfToken: '' }, res) };
}

const post = (url: string, b: Browser, payload?: object, ip = '10.2.1.1') =>
  app.inject({ method: 'POST', url, headers: headers(b), ...(payload ? { payload } : {}), remoteAddress: ip });

async function enrol(b: Browser): Promise<{ secret: string; browser: Browser; recoveryCodes: string[] }> {
  const started = await post('/api/v1/auth/second-factor/enrol', b);
  expect(started.statusCode, started.body).toBe(200);
  const { secret, otpauthUri, qrDataUrl } = started.json();
  expect(otpauthUri).toContain(`secret=${secret}`);
  expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
  const confirmed = await post('/api/v1/auth/second-factor/confirm', b, { code: totpCode(secret, now) });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { secret, browser: follow(b, confirmed), recoveryCodes: confirmed.json().recoveryCodes };
}

const session = async (b: Browser) => (await app.inject({ url: '/api/v1/auth/session', headers: { cookie: b.cookie } })).json();

describe('TOTP for a beheerder (required)', () => {
  let beheerder: TestUser;
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    beheerder = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['beheerder'], password: PASSWORD, name: 'Bea Beheerder' });
  });

  it('sends a beheerder without a second factor to enrolment, with a session that allows nothing else', async () => {
    const { status, browser } = await passwordStep(beheerder);
    expect(status).toBe('enrol-second-factor');
    expect(await session(browser)).toEqual({ user: null, csrfToken: browser.csrfToken, stage: 'enrol-second-factor' });
    expect((await app.inject({ url: '/api/v1/users', headers: { cookie: browser.cookie } })).statusCode).toBe(401);
    expect((await post('/api/v1/auth/logout-everywhere', browser)).statusCode).toBe(401);
  });

  it('refuses a wrong code at confirmation and keeps the secret pending', async () => {
    const { browser } = await passwordStep(beheerder);
    const started = (await post('/api/v1/auth/second-factor/enrol', browser)).json();
    const wrong = await post('/api/v1/auth/second-factor/confirm', browser, { code: totpCode(started.secret, new Date(now.getTime() - 120_000)) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.id).toBe('second-factor-confirm-failed');
    expect((await session(browser)).stage).toBe('enrol-second-factor');
  });

  it('enrols with a QR code, confirms with a code, and hands out ten recovery codes once, with a new session', async () => {
    const { browser } = await passwordStep(beheerder);
    const enrolled = await enrol(browser);
    secret = enrolled.secret;
    recoveryCodes = enrolled.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(enrolled.browser.cookie).not.toBe(browser.cookie);
    expect(await session(enrolled.browser)).toMatchObject({ stage: 'ok', user: { id: beheerder.userId, secondFactor: true } });
    expect((await app.inject({ url: '/api/v1/users', headers: { cookie: enrolled.browser.cookie } })).statusCode).toBe(200);
    // The half-way session is gone.
    expect((await session(browser)).stage).toBe('none');
  });

  it('asks the code after the password, and refuses the code that was already used', async () => {
    const { status, browser } = await passwordStep(beheerder);
    expect(status).toBe('second-factor');
    expect(await session(browser)).toEqual({ user: null, csrfToken: browser.csrfToken, stage: 'second-factor' });
    // A user halfway cannot replace the second factor with a new one.
    const sneaky = await post('/api/v1/auth/second-factor/enrol', browser);
    expect(sneaky.statusCode).toBe(401);
    expect(sneaky.json().error.id).toBe('second-factor-required');
    const replay = await post('/api/v1/auth/second-factor', browser, { code: totpCode(secret, now) });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toMatchObject({ id: 'second-factor-invalid' });
    advance(30);
    const ok = await post('/api/v1/auth/second-factor', browser, { code: totpCode(secret, now) });
    expect(ok.statusCode, ok.body).toBe(200);
    const full = follow(browser, ok);
    expect(full.cookie).not.toBe(browser.cookie);
    expect((await session(full)).stage).toBe('ok');
    // The same code again, in a new login: refused (the time step was used).
    const again = await passwordStep(beheerder);
    expect((await post('/api/v1/auth/second-factor', again.browser, { code: totpCode(secret, now) })).statusCode).toBe(401);
  });

  it('accepts a recovery code once, in any case and with or without dashes', async () => {
    const code = recoveryCodes[0]!;
    const first = await passwordStep(beheerder);
    const ok = await post('/api/v1/auth/second-factor', first.browser, { code: code.toLowerCase().replaceAll('-', ' ') });
    expect(ok.statusCode, ok.body).toBe(200);
    const second = await passwordStep(beheerder);
    expect((await post('/api/v1/auth/second-factor', second.browser, { code })).statusCode).toBe(401);
  });

  it('counts wrong codes towards the same lock-out as wrong passwords', async () => {
    advance(60);
    const { browser } = await passwordStep(beheerder);
    for (let i = 1; i <= 4; i++) expect((await post('/api/v1/auth/second-factor', browser, { code: '000000' }, '10.2.2.1')).statusCode).toBe(401);
    const fifth = await post('/api/v1/auth/second-factor', browser, { code: '000000' }, '10.2.2.1');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.message).toContain('opnieuw proberen');
    // Locked: also the right code, and the password step.
    expect((await post('/api/v1/auth/second-factor', browser, { code: totpCode(secret, now) }, '10.2.2.1')).statusCode).toBe(429);
    const password = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: beheerder.email, password: PASSWORD }, remoteAddress: '10.2.2.2' });
    expect(password.statusCode).toBe(429);
    advance(15 * 60);
    expect((await post('/api/v1/auth/second-factor', browser, { code: totpCode(secret, now) }, '10.2.2.1')).statusCode).toBe(200);
  });

  it('does not expect a code from a session that is already complete', async () => {
    const { browser } = await passwordStep(beheerder);
    advance(30);
    const full = follow(browser, await post('/api/v1/auth/second-factor', browser, { code: totpCode(secret, now) }));
    const res = await post('/api/v1/auth/second-factor', full, { code: '123456' });
    expect(res.statusCode).toBe(409);
    expect((await post('/api/v1/auth/second-factor/enrol', full)).json().error.id).toBe('second-factor-already-enabled');
  });

  it('is reset by a beheerder of the same municipality: app and recovery codes gone, sessions ended, enrolment next', async () => {
    const colleague = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['beheerder'], now });
    advance(30);
    const before = await passwordStep(beheerder);
    const full = follow(before.browser, await post('/api/v1/auth/second-factor', before.browser, { code: totpCode(secret, now) }));
    const reset = await app.inject({ method: 'POST', url: `/api/v1/users/${beheerder.userId}/reset-second-factor`, headers: colleague.headers });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await session(full)).stage).toBe('none');
    const after = await passwordStep(beheerder);
    expect(after.status).toBe('enrol-second-factor');
    const second = await passwordStep(beheerder);
    expect((await post('/api/v1/auth/second-factor', second.browser, { code: recoveryCodes[1]! })).statusCode).toBe(409);
  });
});

describe('TOTP for a medewerker (optional)', () => {
  it('logs a medewerker in without a second factor, lets them set one up, and asks it from then on', async () => {
    const medewerker = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], password: PASSWORD, name: 'Mo Medewerker' });
    const first = await passwordStep(medewerker);
    expect(first.status).toBe('ok');
    const { secret } = await enrol(first.browser);
    const second = await passwordStep(medewerker);
    expect(second.status).toBe('second-factor');
    advance(30);
    expect((await post('/api/v1/auth/second-factor', second.browser, { code: totpCode(secret, now) })).statusCode).toBe(200);
  });
});

describe('TOTP secrets at rest', () => {
  const stored = async (user: TestUser) => {
    const [row] = await inTenant(t.database.db, LEIDEN, (tx) =>
      tx.select({ secret: users.totpSecret, pending: users.totpPendingSecret }).from(users).where(eq(users.id, user.userId)),
    );
    return row!;
  };

  it('keeps the pending and the confirmed secret encrypted, each bound to its user and column', async () => {
    const medewerker = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], password: PASSWORD, name: 'Sam Sleutel' });
    const { browser } = await passwordStep(medewerker);
    const started = (await post('/api/v1/auth/second-factor/enrol', browser)).json<{ secret: string }>();
    const pending = await stored(medewerker);
    expect(pending.secret).toBeNull();
    expect(isSealed(pending.pending!)).toBe(true);
    expect(pending.pending).not.toContain(started.secret);
    expect(openTotpSecret(t.keyring, medewerker.userId, 'pending', pending.pending!)).toBe(started.secret);

    const confirmed = await post('/api/v1/auth/second-factor/confirm', browser, { code: totpCode(started.secret, now) });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const enrolled = await stored(medewerker);
    expect(enrolled.pending).toBeNull();
    expect(isSealed(enrolled.secret!)).toBe(true);
    expect(enrolled.secret).not.toContain(started.secret);
    expect(openTotpSecret(t.keyring, medewerker.userId, 'secret', enrolled.secret!)).toBe(started.secret);
    // Re-encrypted for its new column: the pending ciphertext was not simply moved.
    expect(() => openTotpSecret(t.keyring, medewerker.userId, 'pending', enrolled.secret!)).toThrow();
    expect(() => openTotpSecret(t.keyring, crypto.randomUUID(), 'secret', enrolled.secret!)).toThrow();

    advance(30);
    const again = await passwordStep(medewerker);
    expect((await post('/api/v1/auth/second-factor', again.browser, { code: totpCode(started.secret, now) })).statusCode).toBe(200);
  });
});

describe('audit of the second factor', () => {
  it('records enrolment, confirmation, logins with the method, failed codes and the reset, without personal data', async () => {
    const records = await allAuditRecords(t.database.db);
    const actions = new Set(records.map((r) => `${r.action}:${r.result}`));
    for (const expected of [
      'second-factor.enrol:success',
      'second-factor.confirm:success',
      'second-factor.confirm:failure',
      'login.password:success',
      'login:success',
      'login.second-factor:failure',
      'login.second-factor:denied',
      'login.locked:success',
      'second-factor.reset:success',
    ]) {
      expect(actions, expected).toContain(expected);
    }
    expect(records.filter((r) => r.action === 'login' && r.result === 'success').map((r) => r.details.method)).toEqual(
      expect.arrayContaining(['password+totp', 'password+recovery-code', 'password']),
    );
    const reset = records.find((r) => r.action === 'second-factor.reset')!;
    expect(reset).toMatchObject({ actor: 'beheerder', municipality: LEIDEN, origin: '127.0.0.1', result: 'success' });
    expect(reset.actor_user_id).not.toBe(reset.object_id);
    const people = await t.database.db.query.users.findMany();
    expect(personalDataInAudit(records, people)).toEqual([]);
  });
});
