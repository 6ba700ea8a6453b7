/**
 * Where to go after logging in. Kept in sessionStorage (this tab only), never in the URL: a path
 * can carry an id, and the address bar ends up in history and logs.
 */
const KEY = 'signaalroute.naInloggen';

/** Only a path on this site: never `//other.example` or an absolute address (no open redirect). */
function isLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

export function rememberReturnPath(path: string): void {
  // Coming back to a login or set-up page after logging in makes no sense.
  if (!isLocalPath(path) || /^\/(inloggen|inrichten|activeren)\b/.test(path)) return;
  try {
    window.sessionStorage.setItem(KEY, path);
  } catch {
    // Without storage the user lands on the start page instead.
  }
}

const SSO_KEY = 'signaalroute.sso';

/**
 * Single sign-on leaves the app for the identity provider, which sends the browser back to the
 * start page. Marked before leaving, so the app can still take the user where they came from.
 */
export function markSsoStarted(): void {
  try {
    window.sessionStorage.setItem(SSO_KEY, '1');
  } catch {
    // Without storage the user stays on the start page.
  }
}

/** Whether an SSO login was under way (once: the mark is removed on reading). */
export function takeSsoMark(): boolean {
  try {
    const marked = window.sessionStorage.getItem(SSO_KEY) === '1';
    window.sessionStorage.removeItem(SSO_KEY);
    return marked;
  } catch {
    return false;
  }
}

/** The remembered path (once: it is forgotten on reading), or the start page. */
export function takeReturnPath(): string {
  try {
    const path = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    if (path && isLocalPath(path)) return path;
  } catch {
    // See rememberReturnPath.
  }
  return '/';
}
