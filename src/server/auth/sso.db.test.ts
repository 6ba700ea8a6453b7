import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcProviders, users } from '../db/schema';
import { inTenant } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, createTestUser, personalDataInAudit, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { driveSsoLogin, startTestIdp, type TestIdp } from '../test-support/test-idp';

const PUBLIC_URL = 'http://localhost:3999';
const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

let t: TestApp;
let app: App;
let leidenIdp: TestIdp;
let denHaagIdp: TestIdp;
let af: TestUser;
let beheerder: TestUser;
let elsewhere: TestUser;

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  app = t.app;
  const redirectUri = `${PUBLIC_URL}/api/v1/auth/sso/callback`;
  leidenIdp = await startTestIdp({ redirectUri });
  // Den Haag's provider gives the e-mail address only through userinfo.
  denHaagIdp = await startTestIdp({ redirectUri, emailInIdToken: false });
  await t.database.db.insert(oidcProviders).values([
    { municipality: LEIDEN, issuer: leidenIdp.issuer, clientId: leidenIdp.clientId, clientSecret: leidenIdp.clientSecret, label: 'Inloggen met uw Leiden-account' },
    { municipality: DEN_HAAG, issuer: denHaagIdp.issuer, clientId: denHaagIdp.clientId, clientSecret: denHaagIdp.clientSecret, label: 'Inloggen met uw Den Haag-account' },
  ]);
  af = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], email: 'af@leiden.test', name: 'Anna Aandacht' });
  beheerder = await createTestUser(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'], email: 'beheer@denhaag.test', name: 'Bert Beheer' });
  elsewhere = await createTestUser(t.database.db, { municipality: DEN_HAAG, roles: ['medewerker'], email: 'mw@denhaag.test', name: 'Mees Elders' });
});

afterAll(async () => {
  await t?.close();
  await leidenIdp?.close();
  await denHaagIdp?.close();
});

const sessionOf = async (cookies: string) => (await app.inject({ url: '/api/v1/auth/session', headers: { cookie: cookies } })).json();

describe('single sign-on with OpenID Connect', () => {
  it('lists the municipalities with SSO for the login page', async () => {
    const res = await app.inject('/api/v1/auth/sso');
    expect(res.json()).toEqual([
      { municipality: DEN_HAAG, label: 'Inloggen met uw Den Haag-account' },
      { municipality: LEIDEN, label: 'Inloggen met uw Leiden-account' },
    ]);
  });

  it('sends the browser to the provider with code flow, PKCE, state and nonce', async () => {
    const res = await app.inject(`/api/v1/auth/sso/${LEIDEN}/start`);
    expect(res.statusCode).toBe(302);
    const location = new URL(String(res.headers.location));
    expect(location.origin).toBe(leidenIdp.issuer);
    expect(location.searchParams.get('response_type')).toBe('code');
    expect(location.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/v1/auth/sso/callback`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['state', 'nonce', 'code_challenge']) expect(location.searchParams.get(p)).toBeTruthy();
    expect(String(res.headers['set-cookie'])).toMatch(/^sr_sso=[\w-]+; Max-Age=600; Path=\/api\/v1\/auth\/sso; HttpOnly; SameSite=Lax/);
  });

  it('logs in a known, active user of that municipality, with the second factor counted as done', async () => {
    const { location, appCookies } = await driveSsoLogin(app, { municipality: LEIDEN, login: 'AF@leiden.test', publicUrl: PUBLIC_URL });
    expect(location).toBe('/');
    const session = await sessionOf(appCookies);
    expect(session).toMatchObject({ stage: 'ok', user: { id: af.userId, roles: ['aandachtsfunctionaris'] } });
  });

  it('reads the e-mail address from userinfo when the ID token does not carry it', async () => {
    const { location, appCookies } = await driveSsoLogin(app, { municipality: DEN_HAAG, login: beheerder.email, publicUrl: PUBLIC_URL });
    expect(location).toBe('/');
    expect((await sessionOf(appCookies)).user.id).toBe(beheerder.userId);
  });

  it('refuses an e-mail address unknown to the municipality, clearly and without personal data in the address', async () => {
    for (const login of ['onbekend@leiden.test', elsewhere.email]) {
      const { location, appCookies } = await driveSsoLogin(app, { municipality: LEIDEN, login, publicUrl: PUBLIC_URL });
      expect(location, login).toBe('/inloggen?melding=sso-onbekend');
      expect(appCookies).not.toContain('sr_session');
    }
  });

  it('refuses a deactivated account', async () => {
    await inTenant(t.database.db, LEIDEN, (tx) => tx.update(users).set({ active: false }).where(eq(users.id, af.userId)));
    const { location } = await driveSsoLogin(app, { municipality: LEIDEN, login: af.email, publicUrl: PUBLIC_URL });
    expect(location).toBe('/inloggen?melding=sso-onbekend');
    await inTenant(t.database.db, LEIDEN, (tx) => tx.update(users).set({ active: true }).where(eq(users.id, af.userId)));
  });

  it('refuses a callback without the state cookie, or with a state that does not match', async () => {
    const bare = await app.inject('/api/v1/auth/sso/callback?code=abc&state=def');
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/inloggen?melding=sso-mislukt');
    const started = await app.inject(`/api/v1/auth/sso/${LEIDEN}/start`);
    const cookie = String(started.headers['set-cookie']).split(';')[0]!;
    const forged = await app.inject({ url: '/api/v1/auth/sso/callback?code=abc&state=vervalst', headers: { cookie } });
    expect(forged.headers.location).toBe('/inloggen?melding=sso-mislukt');
    expect(forged.headers['set-cookie']).not.toContain('sr_session=');
  });

  it('answers 404 for a municipality without SSO', async () => {
    const res = await app.inject('/api/v1/auth/sso/GM0599/start');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.id).toBe('sso-not-configured');
  });

  it('audits SSO logins and refusals in the municipality chain, without personal data', async () => {
    const records = await allAuditRecords(t.database.db);
    expect(records).toContainEqual(
      expect.objectContaining({ action: 'login', result: 'success', municipality: LEIDEN, actor_user_id: af.userId, details: { method: 'sso' }, origin: '127.0.0.1' }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ action: 'login', result: 'failure', municipality: LEIDEN, actor: 'anoniem', details: { method: 'sso', reason: 'unknown-account' } }),
    );
    expect(records).toContainEqual(expect.objectContaining({ action: 'login', result: 'failure', municipality: LEIDEN, details: { method: 'sso', reason: 'inactive' } }));
    expect(records).toContainEqual(expect.objectContaining({ action: 'login', result: 'failure', municipality: null, details: { method: 'sso', reason: 'no-state' } }));
    expect(personalDataInAudit(records, [af, beheerder, elsewhere])).toEqual([]);
  });
});
