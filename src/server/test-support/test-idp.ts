import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { App } from '../http/types';

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1 and a random port,
 * with one confidential client for Signaalroute's redirect address. Any login name is accepted
 * by its development login form and becomes the account's `email` claim.
 */
export async function startTestIdp(input: { redirectUri: string; emailInIdToken?: boolean }): Promise<TestIdp> {
  let handler: http.RequestListener = (_req, res) => res.end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'signaalroute';
  const clientSecret = 'test-client-secret-of-at-least-32-characters';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [input.redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, email: id, email_verified: true }) }),
    // Entra ID and Keycloak can put the e-mail address in the ID token; the app also falls back to userinfo.
    conformIdTokenClaims: !(input.emailInIdToken ?? true),
    pkce: { required: () => true },
    cookies: { keys: ['test-cookie-key-for-the-oidc-provider'] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    features: { devInteractions: { enabled: true } },
  });
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A tiny cookie jar per host, enough for the provider's interaction cookies. */
class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  store(url: URL, setCookies: string[]): void {
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    for (const header of setCookies) {
      const [pair] = header.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(url.host, jar);
  }

  header(url: URL): string {
    return [...(this.jars.get(url.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface SsoOutcome {
  /** Where the app finally sent the browser (`/` or `/inloggen?melding=...`). */
  location: string;
  /** The app's cookies after the callback (sr_session=... when logged in). */
  appCookies: string;
}

/**
 * Drives an SSO login the way a browser would: the app's start address, the provider's login
 * and consent forms (submitted with `login` as the account), and back to the app's callback.
 * The app is called with `inject`; the provider over real HTTP.
 */
export async function driveSsoLogin(app: App, input: { municipality: string; login: string; publicUrl: string }): Promise<SsoOutcome> {
  const jar = new CookieJar();
  const appUrl = new URL(input.publicUrl);
  const callApp = async (path: string) => {
    const res = await app.inject({ url: path, headers: { cookie: jar.header(appUrl) } });
    const setCookie = res.headers['set-cookie'];
    jar.store(appUrl, setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie]);
    return res;
  };
  const started = await callApp(`/api/v1/auth/sso/${input.municipality}/start`);
  if (started.statusCode !== 302) throw new Error(`start answered ${started.statusCode}: ${started.body}`);
  let next = new URL(String(started.headers.location));
  for (let hop = 0; hop < 20; hop++) {
    if (next.origin === appUrl.origin) {
      const done = await callApp(next.pathname + next.search);
      return { location: String(done.headers.location), appCookies: jar.header(appUrl) };
    }
    if (next.origin !== new URL(started.headers.location as string).origin) return { location: next.href, appCookies: jar.header(appUrl) };
    let res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header(next) } });
    jar.store(next, res.headers.getSetCookie());
    if (res.status === 200) {
      // One of the provider's development forms: log in as the account, or give consent.
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`unexpected page from the provider: ${html.slice(0, 300)}`);
      const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login: input.login, password: 'irrelevant' } : {}) });
      const target = new URL(action, next);
      res = await fetch(target, { method: 'POST', redirect: 'manual', body: form, headers: { cookie: jar.header(target), 'content-type': 'application/x-www-form-urlencoded' } });
      jar.store(target, res.headers.getSetCookie());
      next = new URL(res.headers.get('location')!, target);
      continue;
    }
    if (res.status < 300 || res.status >= 400) throw new Error(`provider answered ${res.status}: ${await res.text()}`);
    next = new URL(res.headers.get('location')!, next);
  }
  throw new Error('too many redirects');
}
