import type { Language } from '../../domain/content/localized';
import { csrfToken } from './csrf';

/** An error answered by the API ({error: {id, message, details}}) or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly id: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, id: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.id = id;
    this.details = details;
  }
}

interface ErrorBody {
  error?: { id?: unknown; message?: unknown; details?: unknown };
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const id = typeof body.error?.id === 'string' ? body.error.id : 'http';
  const message = typeof body.error?.message === 'string' ? body.error.message : '';
  const details = typeof body.error?.details === 'object' && body.error.details !== null ? (body.error.details as Record<string, unknown>) : {};
  return new ApiError(response.status, id, message, details);
}

/**
 * Listeners told when the API says the session is gone (401 unauthenticated), so the app can
 * show the logged-out state at once instead of a broken page.
 */
const unauthenticatedListeners = new Set<() => void>();

export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => {
    unauthenticatedListeners.delete(listener);
  };
}

async function send<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401 && error.id === 'unauthenticated') for (const listener of unauthenticatedListeners) listener();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * GETs JSON from the API. Every content endpoint takes `lang`, so texts come back in the UI
 * language; the API's Dutch error message is kept so the user sees what went wrong.
 */
export function getJson<T>(path: string, lang: Language | null, params: Record<string, string> = {}): Promise<T> {
  const query = new URLSearchParams(params);
  if (lang) query.set('lang', lang);
  const qs = query.toString();
  return send<T>(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } });
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A state-changing request. It always carries the session's CSRF token when there is one: the
 * server refuses any POST/PUT/PATCH/DELETE with a session cookie but without the token, public
 * endpoints included. Bodies are JSON (the server refuses form encodings).
 */
export function sendJson<T>(method: WriteMethod, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return send<T>(path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
}

/** An export uploaded as it is (CSV), with the CSRF token like every other state-changing request. */
export function sendCsv<T>(path: string, file: Blob): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'text/csv' };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  return send<T>(path, { method: 'POST', headers, body: file });
}
