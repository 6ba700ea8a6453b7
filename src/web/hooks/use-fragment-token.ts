import { useEffect, useState } from 'react';

/**
 * Reads `#token=...` from the address once and then removes it from the address bar (and so from
 * the history entry): the token is a one-time secret that must not linger where someone can read
 * it later. Fragments never reach the server, so it is in no access log either.
 */
export function useFragmentToken(): string | null {
  const [token] = useState<string | null>(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  useEffect(() => {
    if (!window.location.hash) return;
    // Keep the router's own history state; only the address changes.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);
  return token;
}
