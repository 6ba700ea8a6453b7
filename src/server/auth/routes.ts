import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import { errors } from '../http/errors';
import type { App } from '../http/types';
import { clearSessionCookie, setSessionCookie } from './cookies';
import { changePassword } from './commands/change-password';
import { currentUser } from './commands/current-user';
import { logout, logoutEverywhere } from './commands/logout';
import { passwordLogin } from './commands/password-login';
import { confirmEnrolment, startEnrolment, verifySecondFactor } from './commands/second-factor';
import {
  codeRequest,
  confirmResponse,
  enrolResponse,
  loginRequest,
  loginResponse,
  okResponse,
  passwordChangeRequest,
  passwordChangeResponse,
  secondFactorResponse,
  sessionResponse,
} from './schema';

/**
 * A tighter limit than the API's on the endpoints that guess secrets; the lock-out per login name
 * and address is the real defence, this only caps the rate at which anyone can hit it.
 */
export const AUTH_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

const tags = ['inloggen'];

export function registerAuthRoutes(app: App): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: { policy: 'auth.login', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Inloggen met e-mailadres en wachtwoord',
        description:
          'Begint altijd een nieuwe sessie (cookie sr_session). Bij een tweede factor is de sessie pas bruikbaar na POST /api/v1/auth/second-factor. Onbekend e-mailadres, fout wachtwoord en gedeactiveerd account geven hetzelfde antwoord (401). Na 5 mislukte pogingen voor een e-mailadres, of 20 vanaf één adres binnen 15 minuten, volgt 429 met het tijdstip waarop het weer kan.',
        tags,
        body: loginRequest,
        response: { 200: loginResponse, 400: errorBody, 401: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const { stage, session } = await run(contextOf(request), passwordLogin, {
        email: request.body.email,
        password: request.body.password,
        previousSessionId: request.authSession?.id ?? null,
      });
      setSessionCookie(request, reply, session.token);
      return { status: stage, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/second-factor',
    {
      config: { policy: 'auth.second-factor', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Tweede stap van het inloggen: de code uit de authenticator-app of een herstelcode',
        description: 'Een herstelcode werkt één keer. Een foute code telt mee voor de tijdelijke blokkade. Geeft een nieuwe sessie.',
        tags,
        body: codeRequest,
        response: { 200: secondFactorResponse, 400: errorBody, 401: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const session = await run(contextOf(request), verifySecondFactor, { session: request.authSession!, code: request.body.code });
      setSessionCookie(request, reply, session.token);
      return { status: 'ok' as const, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/second-factor/enrol',
    {
      config: { policy: 'auth.second-factor', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Tweede factor instellen: een nieuw geheim met QR-code voor de authenticator-app',
        description: 'Het geheim geldt pas na bevestiging met een code (POST /api/v1/auth/second-factor/confirm).',
        tags,
        response: { 200: enrolResponse, 401: errorBody, 409: errorBody },
      },
    },
    async (request) => run(contextOf(request), startEnrolment, { session: request.authSession! }),
  );

  app.post(
    '/api/v1/auth/second-factor/confirm',
    {
      config: { policy: 'auth.second-factor', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Tweede factor bevestigen met een code uit de app; geeft eenmalig tien herstelcodes',
        tags,
        body: codeRequest,
        response: { 200: confirmResponse, 400: errorBody, 401: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { recoveryCodes, session } = await run(contextOf(request), confirmEnrolment, { session: request.authSession!, code: request.body.code });
      setSessionCookie(request, reply, session.token);
      return { recoveryCodes, csrfToken: session.csrfToken };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { policy: 'auth.login' },
      schema: {
        summary: 'Wie is er ingelogd, en hoe ver is het inloggen?',
        description: 'Geeft ook het CSRF-token van de sessie; zonder sessie: user en csrfToken null, stage none.',
        tags,
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const session = request.authSession;
      if (!session) return { user: null, csrfToken: null, stage: 'none' as const };
      const user = session.stage === 'ok' ? await run(contextOf(request), currentUser, session) : null;
      return { user, csrfToken: session.csrfToken, stage: session.stage };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { policy: 'account.password', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Eigen wachtwoord wijzigen, met het huidige wachtwoord',
        description:
          'Het nieuwe wachtwoord moet aan dezelfde eisen voldoen als bij het activeren. Een fout huidig wachtwoord telt mee voor de tijdelijke blokkade van het inloggen (429 met het tijdstip). Daarna zijn alle andere sessies van de gebruiker beëindigd en gaat deze browser verder in een nieuwe sessie (nieuw CSRF-token). Wie alleen via de eigen organisatie (SSO) inlogt, heeft geen wachtwoord om te wijzigen (409).',
        tags,
        body: passwordChangeRequest,
        response: { 200: passwordChangeResponse, 400: errorBody, 401: errorBody, 403: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const session = await run(contextOf(request), changePassword, { session: request.authSession!, ...request.body });
      setSessionCookie(request, reply, session.token);
      return { status: 'ok' as const, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { policy: 'auth.logout' },
      schema: { summary: 'Uitloggen (deze sessie)', tags, response: { 200: okResponse, 401: errorBody, 403: errorBody } },
    },
    async (request, reply) => {
      await run(contextOf(request), logout, { session: request.authSession! });
      clearSessionCookie(request, reply);
      return { status: 'ok' as const };
    },
  );

  app.post(
    '/api/v1/auth/logout-everywhere',
    {
      config: { policy: 'account.manage' },
      schema: { summary: 'Overal uitloggen: alle sessies van deze gebruiker, op elk apparaat', tags, response: { 200: okResponse, 401: errorBody, 403: errorBody } },
    },
    async (request, reply) => {
      if (!request.authSession) throw errors.unauthenticated();
      await run(contextOf(request), logoutEverywhere, { session: request.authSession });
      clearSessionCookie(request, reply);
      return { status: 'ok' as const };
    },
  );
}
