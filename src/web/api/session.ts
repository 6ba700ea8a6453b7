import { useQuery, type QueryClient } from '@tanstack/react-query';
import { getJson, sendJson } from './client';
import { setCsrfToken } from './csrf';
import type { InstanceInfo, SessionState } from './types';

export const SESSION_KEY = ['session'] as const;

export const LOGGED_OUT: SessionState = { user: null, csrfToken: null, stage: 'none' };

/** Reads the session and keeps its CSRF token for the next state-changing request. */
export async function fetchSession(): Promise<SessionState> {
  const session = await getJson<SessionState>('/api/v1/auth/session', null);
  setCsrfToken(session.csrfToken);
  return session;
}

/**
 * Who is logged in, on every page (header and menu). Small on purpose: it is part of the first
 * page's bundle. The layout refreshes it on every navigation, so a session ended elsewhere
 * (logout everywhere, a time-out) shows on the next page.
 */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 30_000 });
}

/** Shows the logged-out state at once and forgets anything private that was loaded. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(SESSION_KEY, LOGGED_OUT);
  queryClient.removeQueries({ queryKey: ['users'] });
  queryClient.removeQueries({ queryKey: ['audit'] });
  queryClient.removeQueries({ queryKey: ['af-contact'] });
}

export async function logout(queryClient: QueryClient): Promise<void> {
  await sendJson('POST', '/api/v1/auth/logout');
  forgetSession(queryClient);
}

/** Production or demo: the demo says so on every page. */
export function useInstance() {
  return useQuery({ queryKey: ['instance'], queryFn: () => getJson<InstanceInfo>('/api/v1/instance', null), staleTime: Infinity });
}
