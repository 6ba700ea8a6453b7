import { and, asc, eq } from 'drizzle-orm';
import type * as client from 'openid-client';
import { z } from 'zod';
import { ssoProviderBody } from '../../../domain/access/views';
import { contextOf } from '../../context/request-context';
import type { Context } from '../../context/context';
import { defineProcedure, inTransaction, run } from '../../context/run';
import { oidcProviders } from '../../db/schema';
import { errorBody } from '../../http/common-schemas';
import { errors } from '../../http/errors';
import type { App } from '../../http/types';
import { clearSsoCookie, setSessionCookie, setSsoCookie, SSO_COOKIE } from '../cookies';
import { AUTH_RATE_LIMIT } from '../routes';
import { finishSsoLogin, recordSsoFailure, type SsoFailureReason } from './finish-sso-login';
import { oidcConfiguration, openidClient } from './oidc-configuration';
import { decodeSsoState, encodeSsoState } from './sso-state';

export const CALLBACK_PATH = '/api/v1/auth/sso/callback';

/**
 * Where the browser lands after an SSO attempt. Only a fixed code in the address: never an e-mail
 * address or anything else about the person (addresses end up in logs and browser history).
 */
export const LOGIN_PAGE = '/inloggen';
export const SSO_UNKNOWN_ACCOUNT = `${LOGIN_PAGE}?melding=sso-onbekend`;
export const SSO_FAILED = `${LOGIN_PAGE}?melding=sso-mislukt`;

const tags = ['inloggen'];
const municipalityParams = z.object({ municipality: z.string().regex(/^GM\d{4}$/).describe('CBS-code van de gemeente, bijvoorbeeld GM0546') });
const providerList = z.array(ssoProviderBody);

/** The providers table holds no personal data and is read before anyone is known: not a tenant table. */
async function findProvider(ctx: Context, municipality: string) {
  const [provider] = await inTransaction(
    ctx,
    ({ tx }) => tx.select().from(oidcProviders).where(and(eq(oidcProviders.municipality, municipality), eq(oidcProviders.enabled, true))),
    { municipality: null },
  );
  return provider ?? null;
}

/** The municipalities where logging in through the own organisation works, for the login page. */
const listProviders = defineProcedure('sso.list', (ctx, _input: void) =>
  inTransaction(
    ctx,
    ({ tx }) =>
      tx
        .select({ municipality: oidcProviders.municipality, label: oidcProviders.label })
        .from(oidcProviders)
        .where(eq(oidcProviders.enabled, true))
        .orderBy(asc(oidcProviders.label)),
    { municipality: null },
  ),
);

export function registerSsoRoutes(app: App): void {
  app.get(
    '/api/v1/auth/sso',
    {
      config: { policy: 'auth.login' },
      schema: { summary: 'Gemeenten waar inloggen via de eigen organisatie (SSO) kan, voor de inlogpagina', tags, response: { 200: providerList } },
    },
    async (request) => run(contextOf(request), listProviders, undefined),
  );

  app.get(
    '/api/v1/auth/sso/:municipality/start',
    {
      config: { policy: 'auth.login', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Begin met inloggen via de eigen organisatie: stuurt de browser door naar de identiteitsprovider van de gemeente',
        description: 'Open dit adres in de browser (geen fetch). Lukt het niet om de provider te bereiken: doorverwijzing naar /inloggen?melding=sso-mislukt.',
        tags,
        params: municipalityParams,
        response: { 302: z.null().describe('Doorverwijzing naar de identiteitsprovider'), 404: errorBody },
      },
    },
    async (request, reply) => {
      const { municipality } = request.params;
      const ctx = contextOf(request);
      const provider = await findProvider(ctx, municipality);
      if (!provider) throw errors.ssoNotConfigured();
      let configuration: client.Configuration;
      try {
        configuration = await oidcConfiguration(provider);
      } catch (error) {
        request.log.warn({ error: describeError(error), municipality }, 'SSO: identity provider not reachable');
        await recordSsoFailure(ctx, { municipality, reason: 'provider-error' });
        return reply.redirect(SSO_FAILED, 302);
      }
      const oidc = await openidClient();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const verifier = oidc.randomPKCECodeVerifier();
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: `${ctx.publicUrl}${CALLBACK_PATH}`,
        scope: 'openid email',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      setSsoCookie(request, reply, encodeSsoState({ m: municipality, state, nonce, verifier }));
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      config: { policy: 'auth.login', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Terugkeer van de identiteitsprovider: logt in en stuurt door naar de startpagina',
        description:
          'Doorverwijzing naar / als het lukt; naar /inloggen?melding=sso-onbekend als het e-mailadres geen actieve gebruiker van die gemeente is; naar /inloggen?melding=sso-mislukt bij een andere fout.',
        tags,
        response: { 302: z.null().describe('Doorverwijzing') },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const saved = decodeSsoState(request.cookies[SSO_COOKIE]);
      clearSsoCookie(request, reply);
      const fail = async (municipality: string | null, reason: SsoFailureReason, error?: unknown) => {
        if (error) request.log.warn({ error: describeError(error), municipality }, `SSO login failed: ${reason}`);
        await recordSsoFailure(ctx, { municipality, reason });
        return reply.redirect(SSO_FAILED, 302);
      };
      if (!saved) return fail(null, 'no-state');
      const provider = await findProvider(ctx, saved.m);
      if (!provider) return fail(saved.m, 'not-configured');
      let email: unknown;
      try {
        const configuration = await oidcConfiguration(provider);
        const oidc = await openidClient();
        const tokens = await oidc.authorizationCodeGrant(configuration, new URL(request.url, ctx.publicUrl), {
          pkceCodeVerifier: saved.verifier,
          expectedState: saved.state,
          expectedNonce: saved.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        email = claims?.email;
        // Some providers put the address only in userinfo (an ID token with just the essentials).
        if (email === undefined && claims) email = (await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub)).email;
      } catch (error) {
        // Wrong state, a refused login at the provider, an invalid token: all one answer to the user.
        return fail(saved.m, 'provider-error', error);
      }
      if (typeof email !== 'string' || email === '') return fail(saved.m, 'no-email');
      const session = await run(ctx, finishSsoLogin, { municipality: saved.m, email, previousSessionId: request.authSession?.id ?? null });
      if (!session) return reply.redirect(SSO_UNKNOWN_ACCOUNT, 302);
      setSessionCookie(request, reply, session.token);
      return reply.redirect('/', 302);
    },
  );
}

/**
 * Name, code and message of an error, without its `cause`: openid-client attaches the ID token's
 * claims (the e-mail address among them) to some errors, and those must not reach a log line.
 */
function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { name: error.name, code: (error as { code?: unknown }).code, message: error.message };
}
