import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPath, useLocation, useNavigate, type Location } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog';

/** Marks the guard entry in the browser's history (see useLeaveWarning). */
const GUARD = 'leaveGuard';

type HistoryState = { usr?: unknown; key?: string; idx?: number; [GUARD]?: true } | null;
const historyState = () => window.history.state as HistoryState;
const onGuard = () => historyState()?.[GUARD] === true;

/** A guard entry for `location` on top of the current one, in React Router's own shape ({usr, key, idx}). */
function pushGuard(location: Location) {
  const idx = (historyState()?.idx ?? 0) + 1;
  window.history.pushState({ usr: location.state, key: Math.random().toString(36).slice(2, 10), idx, [GUARD]: true }, '', createPath(location));
}

/** Where the user was going: a link inside the app, or back in the browser's history. */
type Leaving = { to: string } | { back: true };

/**
 * Warns before unsaved edits are lost: the browser's own question when the tab is closed or
 * reloaded, and a dialog when a link inside the app is followed or the browser's Back button is
 * pressed. The app uses the declarative router, which has no navigation blocker, so:
 * - links are caught on their way to the router;
 * - while there are unsaved edits, a guard entry for the same address sits on top of the page's
 *   own entry in the history. Back then lands on the page's own entry; the popstate event is
 *   stopped before the router hears it (a capturing listener on window runs before the router's),
 *   so the page stays as it is while the dialog asks. Once saved, the guard is stepped off again
 *   so the history holds no extra entry.
 * Returns the dialog to render.
 */
export function useLeaveWarning(dirty: boolean) {
  const { t } = useTranslation('routemapEditor');
  const navigate = useNavigate();
  const location = useLocation();
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  // For the history listeners, which outlive a render: the page's own address, whether a guard is
  // wanted now, a guard being stepped off, and a confirmed "Leave" the router must follow.
  const here = useRef(location);
  const wanted = useRef(false);
  const removing = useRef(false);
  const goingBack = useRef(false);

  useEffect(() => {
    here.current = location;
  }, [location]);

  useEffect(() => {
    if (!dirty) return;
    wanted.current = true;
    if (!onGuard() && !removing.current) pushGuard(here.current);
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!goingBack.current) event.preventDefault();
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      event.preventDefault();
      event.stopPropagation();
      setLeaving({ to: url.pathname + url.search + url.hash });
    };
    const popState = (event: PopStateEvent) => {
      if (goingBack.current) {
        goingBack.current = false;
        return;
      }
      // An entry without state is a jump to an anchor on this page: the router may have it.
      if (historyState() === null) return;
      event.stopImmediatePropagation();
      // Forward onto the guard again, while the dialog asks: back where the user was.
      if (onGuard()) setLeaving((current) => (current && 'back' in current ? null : current));
      else setLeaving((current) => current ?? { back: true });
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    window.addEventListener('popstate', popState, true);
    return () => {
      wanted.current = false;
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
      window.removeEventListener('popstate', popState, true);
      if (!onGuard() || removing.current) return;
      // Saved while the guard is the current entry: step off it, out of the router's sight. When
      // there are new edits by the time the browser is back, the guard goes on again.
      removing.current = true;
      const stepped = (popEvent: PopStateEvent) => {
        popEvent.stopImmediatePropagation();
        window.removeEventListener('popstate', stepped, true);
        removing.current = false;
        if (wanted.current) pushGuard(here.current);
      };
      window.addEventListener('popstate', stepped, true);
      window.history.back();
    };
  }, [dirty]);

  const leave = () => {
    const to = leaving;
    setLeaving(null);
    if (!to) return;
    if ('to' in to) {
      // In place of the guard, so that Back from there comes to this page, not to the guard.
      navigate(to.to, { replace: onGuard() });
      return;
    }
    goingBack.current = true;
    // Back landed on the page's own entry: one more step. Back went further (twice, or from the
    // history list): the browser is where the user wants to be, and the router now follows.
    if (createPath(window.location) === createPath(here.current)) window.history.back();
    else window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  };
  const stay = () => {
    // After Back the guard is behind the user (or further): a new one, for this page's address.
    if (!onGuard() && !removing.current) pushGuard(here.current);
    setLeaving(null);
  };

  return (
    <ConfirmDialog
      open={leaving !== null}
      title={t('leave.title')}
      confirmLabel={t('leave.confirm')}
      onConfirm={leave}
      onCancel={stay}
    >
      {t('leave.text')}
    </ConfirmDialog>
  );
}
