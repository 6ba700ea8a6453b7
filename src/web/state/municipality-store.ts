import { useSyncExternalStore } from 'react';

/**
 * The chosen municipality (a CBS code, not personal data) is kept in localStorage so the next
 * visit starts in the right region. It never goes into a URL.
 */
const KEY = 'signaalroute.gemeente';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    // Storage can be blocked (private mode, policy); the app then simply forgets the choice.
    return null;
  }
}

export function saveMunicipalityCode(code: string | null): void {
  try {
    if (code === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, code);
  } catch {
    // See read(): without storage the choice lasts only until reload.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab may change the choice.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useMunicipalityCode(): string | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
