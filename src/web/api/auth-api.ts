import { getJson, sendJson } from './client';
import { setCsrfToken } from './csrf';
import type { ActivationLink, AuditPage, Enrolment, EnrolmentConfirmation, LoginResult, ManagedUser, PasswordChangeResponse, Role, SecondFactorResponse, SsoProvider } from './types';

// The calls of the login, set-up, account, user and audit pages. Only those (lazy) pages import
// this module, so none of it weighs on the first page.

export async function login(email: string, password: string): Promise<LoginResult> {
  const result = await sendJson<LoginResult>('POST', '/api/v1/auth/login', { email, password });
  setCsrfToken(result.csrfToken);
  return result;
}

export async function giveSecondFactor(code: string): Promise<void> {
  const result = await sendJson<SecondFactorResponse>('POST', '/api/v1/auth/second-factor', { code });
  setCsrfToken(result.csrfToken);
}

export function startEnrolment(): Promise<Enrolment> {
  return sendJson<Enrolment>('POST', '/api/v1/auth/second-factor/enrol');
}

export async function confirmEnrolment(code: string): Promise<string[]> {
  const result = await sendJson<EnrolmentConfirmation>('POST', '/api/v1/auth/second-factor/confirm', { code });
  setCsrfToken(result.csrfToken);
  return result.recoveryCodes;
}

/** Changes the user's own password; the server ends the other sessions and renews this one (new CSRF token). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const result = await sendJson<PasswordChangeResponse>('POST', '/api/v1/auth/password', { currentPassword, newPassword });
  setCsrfToken(result.csrfToken);
}

export function logoutEverywhere(): Promise<unknown> {
  return sendJson('POST', '/api/v1/auth/logout-everywhere');
}

export function ssoProviders(): Promise<SsoProvider[]> {
  return getJson<SsoProvider[]>('/api/v1/auth/sso', null);
}

/** The SSO start is a browser navigation (to the identity provider and back), never a fetch. */
export function ssoStartUrl(municipality: string): string {
  return `/api/v1/auth/sso/${encodeURIComponent(municipality)}/start`;
}

export function setupStatus(): Promise<{ needed: boolean }> {
  return getJson<{ needed: boolean }>('/api/v1/setup', null);
}

export interface SetupInput {
  token: string;
  municipality: string;
  name: string;
  email: string;
  password: string;
}

export function createFirstUser(input: SetupInput): Promise<unknown> {
  return sendJson('POST', '/api/v1/setup', input);
}

export function activateAccount(token: string, password: string): Promise<unknown> {
  return sendJson('POST', '/api/v1/activation', { token, password });
}

export function listUsers(): Promise<ManagedUser[]> {
  return getJson<ManagedUser[]>('/api/v1/users', null);
}

export function createUser(input: { name: string; email: string; roles: Role[] }): Promise<ActivationLink> {
  return sendJson<ActivationLink>('POST', '/api/v1/users', input);
}

export function updateUser(id: string, changes: { name?: string; roles?: Role[]; active?: boolean; department?: string | null }): Promise<unknown> {
  return sendJson('PATCH', `/api/v1/users/${encodeURIComponent(id)}`, changes);
}

export function resetSecondFactor(id: string): Promise<unknown> {
  return sendJson('POST', `/api/v1/users/${encodeURIComponent(id)}/reset-second-factor`);
}

export function newActivationLink(id: string): Promise<ActivationLink> {
  return sendJson<ActivationLink>('POST', `/api/v1/users/${encodeURIComponent(id)}/activation-link`);
}

export interface AuditFilters {
  user?: string;
  action?: string;
  result?: string;
  from?: string;
  to?: string;
}

/** The filters as query parameters, empty ones left out; shared by the search and the CSV export. */
export function auditQuery(filters: AuditFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (typeof value === 'string' && value !== '') params[key] = value;
  return params;
}

export function searchAudit(filters: AuditFilters, before: number | null): Promise<AuditPage> {
  const params = auditQuery(filters);
  if (before !== null) params.before = String(before);
  return getJson<AuditPage>('/api/v1/audit', null, params);
}

export function auditExportUrl(filters: AuditFilters): string {
  const qs = new URLSearchParams(auditQuery(filters)).toString();
  return qs ? `/api/v1/audit/export?${qs}` : '/api/v1/audit/export';
}
