import type { InjectOptions } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalMeetings, users } from '../db/schema';
import { asSystem } from '../db/tenant';
import { loginAs, type TestLogin } from '../test-support/login-as';
import { insertTestSignal } from '../test-support/signal-fixtures';
import { createTestApp, type TestApp } from '../test-support/test-app';

/**
 * Bad input is a Dutch 400 that names the field, never a 500: control characters (PostgreSQL
 * refuses NUL in text), JSON nested too deep (a recursive walk would overflow the stack), URLs
 * Fastify cannot route. The general sweep is the API fuzz test; these are the cases of issue 7.
 */

const A = 'GM0546';
let t: TestApp;
const login = {} as Record<'beheerder' | 'af' | 'auditor' | 'medewerker', TestLogin>;
let signalId: string;
let remote = 0;

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  login.beheerder = await loginAs(db, { municipality: A, roles: ['beheerder'] });
  login.af = await loginAs(db, { municipality: A, roles: ['aandachtsfunctionaris'] });
  login.auditor = await loginAs(db, { municipality: A, roles: ['auditor'] });
  login.medewerker = await loginAs(db, { municipality: A, roles: ['medewerker'] });
  signalId = (await insertTestSignal(db, t.keyring, { municipality: A, reporterUserId: login.medewerker.userId })).id;
});

afterAll(() => t?.close());

const send = (who: TestLogin | null, options: InjectOptions) =>
  t.app.inject({ ...options, headers: { ...(options.headers as Record<string, string>), ...(who?.headers ?? {}) }, remoteAddress: `10.8.0.${++remote}` });

function expectFieldRefused(res: Awaited<ReturnType<typeof send>>, field: string, message: RegExp): void {
  expect(res.statusCode, res.body).toBe(400);
  const { error } = res.json() as { error: { id: string; message: string; details: { fields: { field: string; message: string }[] } } };
  expect(error.id).toBe('validation');
  expect(error.details.fields).toContainEqual({ field, message: expect.stringMatching(message) });
  expect(error.message).toContain(field);
}

describe('control characters', () => {
  const control = /stuurteken/;

  it('refuses NUL in the login e-mail address, in Dutch, naming the field', async () => {
    expectFieldRefused(await send(null, { method: 'POST', url: '/api/v1/auth/login', payload: { email: 'anna\u0000@leiden.nl', password: 'iets' } }), 'email', control);
  });

  it('refuses NUL in a new user’s name, and makes no user', async () => {
    const res = await send(login.beheerder, { method: 'POST', url: '/api/v1/users', payload: { name: 'Anna\u0000', email: 'anna.nul@leiden.nl', roles: ['medewerker'] } });
    expectFieldRefused(res, 'name', control);
    expect(await t.database.db.select().from(users).where(eq(users.email, 'anna.nul@leiden.nl'))).toEqual([]);
  });

  it('refuses NUL and other control characters in a meeting title, and makes no meeting', async () => {
    for (const title of ['Overleg\u0000', 'Overleg \u001b[31m', 'Overleg\u0085']) {
      expectFieldRefused(await send(login.af, { method: 'POST', url: '/api/v1/meetings', payload: { heldOn: '2026-03-10', title } }), 'title', control);
    }
    expect(await asSystem(t.database.db, (tx) => tx.select().from(signalMeetings))).toEqual([]);
  });

  it('refuses NUL, and line breaks, in audit filters (query strings are one line)', async () => {
    expectFieldRefused(await send(login.auditor, { method: 'GET', url: '/api/v1/audit?action=user.%00' }), 'action', control);
    expectFieldRefused(await send(login.auditor, { method: 'GET', url: '/api/v1/audit/export?objectId=a%0Ab' }), 'objectId', /regeleinde/);
  });

  it('refuses lone surrogates and control characters anywhere in a draft, field names included, without echoing them', async () => {
    expectFieldRefused(await send(login.medewerker, { method: 'PUT', url: '/api/v1/signal-draft', payload: { payload: { description: 'half \ud83d' } } }), 'payload.description', control);
    const res = await send(login.medewerker, { method: 'PUT', url: '/api/v1/signal-draft', payload: { payload: { 'naam\u0000': 'x' } } });
    expectFieldRefused(res, 'payload.(veldnaam)', /veldnaam/);
    expect(res.body).not.toContain('naam\\u0000');
  });

  it('keeps tabs and line breaks in free text', async () => {
    const res = await send(login.af, { method: 'POST', url: `/api/v1/signals/${signalId}/notes`, payload: { text: 'Gebeld met de melder.\r\n\tZij belt terug.' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('Zij belt terug.');
  });
});

describe('deep and odd JSON', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('answers a draft nested 10,000 deep with a Dutch 400, not a 500', async () => {
    const res = await send(login.medewerker, {
      method: 'PUT',
      url: '/api/v1/signal-draft',
      headers: { 'content-type': 'application/json' },
      payload: `{"payload":{"persons":${nested(10_000)}}}`,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ id: 'json-too-deep', message: expect.stringContaining('te diep genest') });
  });

  it('caps the depth of every JSON body, also before logging in', async () => {
    const res = await send(null, { method: 'POST', url: '/api/v1/routemaps/den-haag-persoon/walk', headers: { 'content-type': 'application/json' }, payload: `{"answers":${nested(200_000)}}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('json-too-deep');
  });

  it('still takes a draft as deep as a form may nest it', async () => {
    const payload = `{"payload":{"deep":${nested(30)}}}`;
    const res = await send(login.medewerker, { method: 'PUT', url: '/api/v1/signal-draft', headers: { 'content-type': 'application/json' }, payload });
    expect(res.statusCode, res.body).toBe(204);
  });

  it('refuses prototype keys as unparsable JSON', async () => {
    const res = await send(login.medewerker, { method: 'PUT', url: '/api/v1/signal-draft', headers: { 'content-type': 'application/json' }, payload: '{"payload":{"__proto__":{"x":1}}}' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('bad-request');
  });
});

describe('URLs Fastify cannot route', () => {
  it('answers broken percent-encoding and an over-long path segment in the error format, in Dutch', async () => {
    for (const [url, id] of [
      ['/api/v1/signals/%E0%A4%A', 'bad-url'],
      [`/api/v1/signals/${'a'.repeat(500)}`, 'url-too-long'],
    ] as const) {
      const res = await send(login.af, { method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toEqual({ error: { id, message: expect.stringMatching(/webadres/) } });
      expect(res.headers['content-security-policy'], url).toContain("default-src 'self'");
    }
  });
});
