import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import type { App } from '../http/types';
import { allAuditRecords, createTestUser, loginAs, personalDataInAudit, sessionFor, type TestLogin, type TestUser } from '../test-support/login-as';
import { systemContext } from '../context/context';
import { run } from '../context/run';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser } from './commands/create-user';
import { resetSecondFactor } from './commands/reset-second-factor';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
const PUBLIC_URL = 'https://signaalroute.example.nl';
let now = new Date('2026-03-02T09:00:00Z');
const advanceHours = (hours: number) => (now = new Date(now.getTime() + hours * 3_600_000));

let t: TestApp;
let app: App;
let leidenBeheerder: TestLogin & { user: TestUser };
let denHaagBeheerder: TestLogin & { user: TestUser };
let denHaagUser: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: () => now, publicUrl: PUBLIC_URL });
  app = t.app;
  leidenBeheerder = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['beheerder'], now });
  denHaagBeheerder = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'], now });
  denHaagUser = await createTestUser(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'], name: 'Dirk Den Haag' });
});

afterAll(() => t?.close());

const as = (login: TestLogin) => ({ headers: login.headers, remoteAddress: '10.4.0.1' });
const createAs = (login: TestLogin, body: object) => app.inject({ method: 'POST', url: '/api/v1/users', payload: body, ...as(login) });
const patchAs = (login: TestLogin, id: string, body: object) => app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload: body, ...as(login) });
const activate = (token: string, password: string) => app.inject({ method: 'POST', url: '/api/v1/activation', payload: { token, password }, remoteAddress: '10.4.0.9' });
const loginWith = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: '10.4.0.8' });
const tokenOf = (link: string) => link.split('#token=')[1]!;

describe('user management by the beheerder', () => {
  let created: { userId: string; activationLink: string };

  it('creates a medewerker and returns a one-time activation link valid 72 hours, the token in the fragment', async () => {
    const res = await createAs(leidenBeheerder, { name: 'Nina Nieuw', email: 'Nina.Nieuw@Leiden.nl', roles: ['medewerker'] });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(created.activationLink).toMatch(/^https:\/\/signaalroute\.example\.nl\/activeren#token=[\w-]{43}$/);
    expect(res.json().expiresAt).toBe('2026-03-05T09:00:00.000Z');
  });

  it('lets the new user choose a password (policy applies) once, and log in', async () => {
    const token = tokenOf(created.activationLink);
    // The user's own name and municipality count, as at set-up and change.
    for (const [password, reason, why] of [
      ['qwerty123456', 'common', 'lijkt op een veelgebruikt wachtwoord'],
      ['wachtwoord123', 'word-with-affixes', 'bestaat uit een woord uit het woordenboek met cijfers of tekens'],
      ['NinaNieuw2026!', 'personal', 'bevat uw naam'],
      ['Leiden2026!!', 'personal', 'de naam van uw gemeente'],
    ] as const) {
      const weak = await activate(token, password);
      expect(weak.statusCode, password).toBe(400);
      expect(weak.json().error, password).toMatchObject({ id: 'weak-password', message: expect.stringContaining(why), details: { reason } });
    }
    expect((await loginWith('nina.nieuw@leiden.nl', 'fietsen langs de singel')).statusCode).toBe(401);
    expect((await activate(token, 'fietsen langs de singel')).statusCode).toBe(200);
    const again = await activate(token, 'nog een ander wachtwoord');
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ id: 'activation-link-invalid', message: expect.stringContaining('beheerder') });
    const login = await loginWith('nina.nieuw@leiden.nl', 'fietsen langs de singel');
    expect(login.json().status).toBe('ok');
  });

  it('refuses an activation link after 72 hours; a new link replaces the old one', async () => {
    const res = await createAs(leidenBeheerder, { name: 'Late Lotte', email: 'lotte@leiden.nl', roles: ['medewerker'] });
    const { userId, activationLink } = res.json();
    advanceHours(73);
    expect((await activate(tokenOf(activationLink), 'fietsen langs de singel')).statusCode).toBe(410);
    const fresh = await app.inject({ method: 'POST', url: `/api/v1/users/${userId}/activation-link`, ...as(await sessionFor(t.database.db, leidenBeheerder.user, { now })) });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect((await activate(tokenOf(fresh.json().activationLink), 'fietsen langs de singel')).statusCode).toBe(200);
  });

  it('lists the users of its own municipality only', async () => {
    leidenBeheerder = { ...(await sessionFor(t.database.db, leidenBeheerder.user, { now })), user: leidenBeheerder.user };
    const res = await app.inject({ url: '/api/v1/users', ...as(leidenBeheerder) });
    expect(res.statusCode).toBe(200);
    const list = res.json() as { id: string; email: string; municipality?: string; roles: string[]; active: boolean; secondFactor: boolean; hasPassword: boolean; createdAt: string }[];
    expect(list.map((u) => u.email).sort()).toEqual([leidenBeheerder.user.email, 'lotte@leiden.nl', 'nina.nieuw@leiden.nl'].sort());
    expect(list.find((u) => u.email === 'nina.nieuw@leiden.nl')).toMatchObject({ roles: ['medewerker'], active: true, secondFactor: false, hasPassword: true, createdAt: '2026-03-02T09:00:00.000Z' });
  });

  it('refuses a duplicate e-mail address, also of another municipality', async () => {
    const dup = await createAs(leidenBeheerder, { name: 'Dubbel', email: denHaagUser.email.toUpperCase(), roles: ['medewerker'] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.id).toBe('email-taken');
  });

  it('validates the input with Dutch messages', async () => {
    const res = await createAs(leidenBeheerder, { name: '', email: 'geen-adres', roles: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('validation');
    const role = await createAs(leidenBeheerder, { name: 'X', email: 'x@leiden.nl', roles: ['koning'] });
    expect(role.statusCode).toBe(400);
  });

  it('changes roles and ends the sessions of the user, so the new roles (and second factor) apply at once', async () => {
    const nina = (await t.database.db.select().from(users).where(eq(users.email, 'nina.nieuw@leiden.nl')))[0]!;
    const ninaSession = await sessionFor(t.database.db, { userId: nina.id, municipality: LEIDEN }, { now });
    const res = await patchAs(leidenBeheerder, nina.id, { roles: ['medewerker', 'aandachtsfunctionaris'], name: 'Nina de Nieuwe' });
    expect(res.statusCode, res.body).toBe(200);
    const session = await app.inject({ url: '/api/v1/auth/session', headers: { cookie: ninaSession.cookie } });
    expect(session.json().stage).toBe('none');
    const login = await loginWith('nina.nieuw@leiden.nl', 'fietsen langs de singel');
    expect(login.json(), login.body).toMatchObject({ status: 'enrol-second-factor' });
  });

  it('deactivates a user: sessions end and logging in is refused like a wrong password', async () => {
    const lotte = (await t.database.db.select().from(users).where(eq(users.email, 'lotte@leiden.nl')))[0]!;
    const lotteSession = await sessionFor(t.database.db, { userId: lotte.id, municipality: LEIDEN }, { now });
    expect((await patchAs(leidenBeheerder, lotte.id, { active: false })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/auth/session', headers: { cookie: lotteSession.cookie } })).json().stage).toBe('none');
    const login = await loginWith('lotte@leiden.nl', 'fietsen langs de singel');
    expect(login.statusCode).toBe(401);
    expect(login.json().error.id).toBe('invalid-credentials');
    expect((await patchAs(leidenBeheerder, lotte.id, { active: true })).statusCode).toBe(200);
    expect((await loginWith('lotte@leiden.nl', 'fietsen langs de singel')).statusCode).toBe(200);
  });

  it('accepts a change to what the user already is (activating an active user, the same roles) as a no-op, not a server error', async () => {
    const lotte = (await t.database.db.select().from(users).where(eq(users.email, 'lotte@leiden.nl')))[0]!;
    for (const change of [{ active: true }, { roles: lotte.roles }, { active: true, roles: lotte.roles }]) {
      const res = await patchAs(leidenBeheerder, lotte.id, change);
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await loginWith('lotte@leiden.nl', 'fietsen langs de singel')).statusCode).toBe(200);
  });

  it('sets and clears the department (free text, trimmed; empty clears it), shown in the list', async () => {
    const lotte = (await t.database.db.select().from(users).where(eq(users.email, 'lotte@leiden.nl')))[0]!;
    const departmentOf = async () => (await app.inject({ url: '/api/v1/users', ...as(leidenBeheerder) })).json().find((u: { id: string }) => u.id === lotte.id).department;
    expect(await departmentOf()).toBeNull();
    expect((await patchAs(leidenBeheerder, lotte.id, { department: '  Publiekszaken ' })).statusCode).toBe(200);
    expect(await departmentOf()).toBe('Publiekszaken');
    const tooLong = await patchAs(leidenBeheerder, lotte.id, { department: 'x'.repeat(101) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('De afdeling is te lang');
    expect((await patchAs(leidenBeheerder, lotte.id, { department: '' })).statusCode).toBe(200);
    expect(await departmentOf()).toBeNull();
  });

  it('refuses to remove the last active beheerder of the municipality, by deactivation or by role', async () => {
    const self = leidenBeheerder.user.userId;
    for (const change of [{ active: false }, { roles: ['medewerker'] }]) {
      const res = await patchAs(leidenBeheerder, self, change);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ id: 'last-beheerder', message: expect.stringContaining('laatste actieve beheerder') });
    }
    // With a second beheerder, the first may step down.
    const second = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['beheerder'], now });
    const res = await patchAs(leidenBeheerder, self, { roles: ['medewerker'] });
    expect(res.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/users', ...as(leidenBeheerder) })).statusCode).toBe(401); // own sessions ended too
    leidenBeheerder = { ...(await sessionFor(t.database.db, { userId: second.userId, municipality: LEIDEN }, { now })), user: second };
  });
});

describe('tenant isolation', () => {
  it('never shows a beheerder the users of another municipality', async () => {
    denHaagBeheerder = { ...(await sessionFor(t.database.db, denHaagBeheerder.user, { now })), user: denHaagBeheerder.user };
    const list = (await app.inject({ url: '/api/v1/users', ...as(denHaagBeheerder) })).json() as { email: string }[];
    expect(list.map((u) => u.email)).toContain(denHaagUser.email);
    expect(list.some((u) => u.email.endsWith('leiden.nl'))).toBe(false);
  });

  it('answers 404 when a beheerder of GM0546 changes, resets or re-links a user of GM0518', async () => {
    const id = denHaagUser.userId;
    expect((await patchAs(leidenBeheerder, id, { active: false })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: `/api/v1/users/${id}/reset-second-factor`, ...as(leidenBeheerder) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: `/api/v1/users/${id}/activation-link`, ...as(leidenBeheerder) })).statusCode).toBe(404);
    const [after] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(after!.active).toBe(true);
  });

  it('forbids user management to every other role (403) and to anonymous visitors (401)', async () => {
    for (const role of ['medewerker', 'aandachtsfunctionaris', 'regiobeheerder', 'auditor'] as const) {
      const login = await loginAs(t.database.db, { municipality: LEIDEN, roles: [role], now });
      expect((await app.inject({ url: '/api/v1/users', ...as(login) })).statusCode, role).toBe(403);
      expect((await createAs(login, { name: 'X', email: `x-${role}@leiden.nl`, roles: ['beheerder'] })).statusCode, role).toBe(403);
    }
    expect((await app.inject('/api/v1/users')).statusCode).toBe(401);
    // Each refusal is in the audit trail of the user's municipality.
    const denied = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'access.denied');
    expect(denied).toContainEqual(
      expect.objectContaining({ municipality: LEIDEN, actor: 'gebruiker', result: 'denied', object_type: 'endpoint', object_id: 'GET /api/v1/users', details: { policy: 'user.read' } }),
    );
    expect(denied).toContainEqual(expect.objectContaining({ object_id: 'POST /api/v1/users', details: { policy: 'user.write' } }));
  });
});

describe('commands for the CLI', () => {
  it('creates a user and resets a second factor with the operator as actor', async () => {
    const cli = systemContext(t.services, { name: 'cli', municipality: DEN_HAAG });
    const { userId, activation } = await run(cli, createUser, { name: 'Cli Gebruiker', email: 'cli@denhaag.nl', roles: ['auditor'] });
    expect(activation.token).toMatch(/^[\w-]{43}$/);
    await run(cli, resetSecondFactor, { userId });
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.object_id === userId);
    expect(records.map((r) => [r.action, r.actor, r.actor_user_id, r.municipality])).toEqual([
      ['user.create', 'cli', null, DEN_HAAG],
      ['second-factor.reset', 'cli', null, DEN_HAAG],
    ]);
    await expect(run(cli, resetSecondFactor, { userId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ id: 'user-not-found' });
  });
});

describe('audit of user management', () => {
  it('records every change and read with actor, result and origin, with field names but no names or addresses', async () => {
    const records = await allAuditRecords(t.database.db);
    const leiden = records.filter((r) => r.municipality === LEIDEN && r.actor === 'beheerder');
    const actions = leiden.map((r) => `${r.action}:${r.result}`);
    for (const expected of ['user.create:success', 'user.list:success', 'user.update:success', 'user.update:failure', 'user.activation-link:success', 'second-factor.reset:failure']) {
      expect(actions, expected).toContain(expected);
    }
    // Another municipality's user is not found, and the attempt is recorded as such.
    expect(leiden.filter((r) => r.details.reason === 'not-found').map((r) => r.action)).toEqual(expect.arrayContaining(['user.update', 'second-factor.reset']));
    for (const r of leiden) expect(r.origin).toBe('10.4.0.1');
    const rename = leiden.find((r) => r.action === 'user.update' && (r.details.fields as string[]).includes('name'))!;
    expect(rename.details).toEqual({ fields: ['name', 'roles'], rolesAdded: ['aandachtsfunctionaris'], rolesRemoved: [], sessionsRevoked: 1 });
    expect(records).toContainEqual(expect.objectContaining({ action: 'user.activate', actor: 'gebruiker', result: 'success', origin: '10.4.0.9' }));
    const people = await t.database.db.select().from(users);
    expect(personalDataInAudit(records, people)).toEqual([]);
  });
});
