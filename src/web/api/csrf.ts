/**
 * The session's CSRF token (synchroniser token, ADR 5). It lives in memory only: a page on another
 * site cannot read it, and a reload fetches it again from GET /api/v1/auth/session. Login, the
 * second factor and the session query set it; every state-changing request sends it.
 */
let token: string | null = null;

export function setCsrfToken(value: string | null): void {
  token = value;
}

export function csrfToken(): string | null {
  return token;
}
