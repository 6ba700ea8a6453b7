import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'sr_session';
/** Holds state, nonce and PKCE verifier between the start of an SSO login and its callback. */
export const SSO_COOKIE = 'sr_sso';
export const SSO_COOKIE_PATH = '/api/v1/auth/sso';

/**
 * httpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs; still sent when
 * the identity provider redirects back), Secure whenever the request came over https (behind a
 * proxy: with TRUST_PROXY). No expiry: the cookie ends with the browser, the session on the server.
 */
function base(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...base(request), path: '/' });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { ...base(request), path: '/' });
}

export function setSsoCookie(request: FastifyRequest, reply: FastifyReply, value: string): void {
  reply.setCookie(SSO_COOKIE, value, { ...base(request), path: SSO_COOKIE_PATH, maxAge: 10 * 60 });
}

export function clearSsoCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SSO_COOKIE, { ...base(request), path: SSO_COOKIE_PATH });
}
