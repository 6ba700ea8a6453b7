import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../api/session';
import type { Role, SessionUser } from '../api/types';
import { useDocumentTitle } from '../hooks/use-document-title';
import { hasRole } from '../lib/roles';
import { justLoggedOut } from '../state/login-notice';
import { rememberReturnPath } from '../state/return-path';
import { AppLink } from './app-link';
import { LoadingState } from './loading-state';
import { QueryError } from './query-error';

export interface RequireLoginProps {
  /** The role the page is for (or roles: any of them will do); without one, any logged-in user. */
  role?: Role | readonly Role[];
  children: (user: SessionUser) => ReactNode;
}

/**
 * A page for logged-in users. Without a (complete) login the user goes to the login page and,
 * after logging in, comes back here. A user without the role sees why, rather than a failing page.
 */
export function RequireLogin({ role, children }: RequireLoginProps) {
  const session = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const user = session.data?.stage === 'ok' ? session.data.user : null;
  const mustLogIn = session.data !== undefined && user === null;

  useEffect(() => {
    if (!mustLogIn) return;
    // After a session ended on its own, come back here after logging in; not after logging out.
    if (!justLoggedOut()) rememberReturnPath(pathname + search);
    navigate('/inloggen', { replace: true });
  }, [mustLogIn, pathname, search, navigate]);

  if (session.isError && !session.data) return <QueryError error={session.error} />;
  if (!user) return <LoadingState />;
  if (role && !hasRole(user, role)) return <NoAccess />;
  return <>{children(user)}</>;
}

function NoAccess() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return (
    <div className="sr-container">
      <Heading1>{t('noAccess.title')}</Heading1>
      <Paragraph>{t('noAccess.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/account">{t('noAccess.account')}</AppLink>
      </Paragraph>
    </div>
  );
}
