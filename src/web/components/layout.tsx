import { Page, SkipLink } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { onUnauthenticated } from '../api/client';
import { SESSION_KEY, useSession } from '../api/session';
import { takeReturnPath, takeSsoMark } from '../state/return-path';
import { LoadingState } from './loading-state';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * The frame of every page: skip link, header with navigation and language switch, the main
 * landmark and the footer. Lazy pages load inside it so the frame never disappears.
 */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const loggedIn = useSession().data?.stage === 'ok';

  // Back from single sign-on (the server sends the browser to the start page): continue to the
  // page the user wanted before logging in.
  useEffect(() => {
    if (loggedIn && takeSsoMark()) {
      const path = takeReturnPath();
      if (path !== '/') navigate(path, { replace: true });
    }
  }, [loggedIn, navigate]);

  // When the API says the session is gone, read it again: header, menu and guarded pages then
  // show the logged-out state instead of a half-broken page.
  useEffect(() => onUnauthenticated(() => void queryClient.invalidateQueries({ queryKey: SESSION_KEY })), [queryClient]);

  useEffect(() => {
    // After client-side navigation, put keyboard and screen-reader users at the start of the
    // new content (where the 112 notice is), as a full page load would. Not on the first load.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    // A session can end elsewhere (logout everywhere, a time-out, a beheerder's change): check it
    // on every navigation, so the next page shows the truth.
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, queryClient]);

  return (
    <Page className="sr-page">
      <SkipLink href="#main">{t('layout.skipLink')}</SkipLink>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="sr-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </Page>
  );
}
