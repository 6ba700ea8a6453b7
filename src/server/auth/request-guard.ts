import type { FastifyRequest } from 'fastify';
import { errors } from '../http/errors';
import type { App } from '../http/types';
import { clearSessionCookie, SESSION_COOKIE } from './cookies';
import { safeEqual } from './secrets';
import { resolveSession } from './sessions';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Runs first on every API request:
 * 1. a state-changing request from another site is refused (the Origin header, which browsers
 *    send with every cross-site POST, must name this host); this also covers endpoints used
 *    before logging in, such as login itself (against login CSRF);
 * 2. a state-changing request carries JSON or nothing (or CSV, on an upload route): the content
 *    types an HTML form can send cross-site without a preflight (form, text/plain) are refused;
 * 3. the session cookie is resolved to `request.authSession` and, once the login is complete, to
 *    `request.actor`;
 * 4. a state-changing request with a session must repeat the session's CSRF token in a header,
 *    which a page on another site cannot read (synchroniser token).
 */
export function installRequestGuard(app: App): void {
  const { services } = app;
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const changesState = STATE_CHANGING.has(request.method);
    if (changesState) {
      if (!sameOrigin(request, services.publicUrl)) throw errors.originMismatch();
      const type = request.headers['content-type'];
      const csv = request.routeOptions.config.csvUpload === true && /^text\/csv\s*(;|$)/i.test(type ?? '');
      if (type !== undefined && !csv && !/^application\/json\s*(;|$)/i.test(type)) throw errors.unsupportedMediaType();
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await resolveSession(services, token);
      if (resolved) {
        request.authSession = resolved.session;
        request.actor = resolved.actor;
      } else {
        // Expired, revoked or unknown: the browser may as well forget it.
        clearSessionCookie(request, reply);
      }
    }
    if (changesState && request.authSession) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, request.authSession.csrfToken)) throw errors.csrfTokenInvalid();
    }
  });
}

/** No Origin header (same-origin GETs, curl, server-to-server) is fine; a wrong one is not. */
function sameOrigin(request: FastifyRequest, publicUrl: string | null): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, some redirects) and garbage
  }
  // The host only, not the scheme: behind a TLS proxy without TRUST_PROXY the request looks like http.
  if (url.host === request.host) return true;
  return publicUrl !== null && url.origin === new URL(publicUrl).origin;
}
