import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { forgetSession, logout, useSession } from '../api/session';
import { clearLoginNotice, noteLoggedOut } from '../state/login-notice';
import { rememberReturnPath } from '../state/return-path';
import { AppLink } from './app-link';

/**
 * The header's account corner: who is logged in and "Log out", or "Log in". Nothing is shown
 * while the session is still being read, so the header does not flash "Log in" for a user who is
 * logged in.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  if (!session.data) return null;
  const user = session.data.stage === 'ok' ? session.data.user : null;

  if (!user) {
    if (pathname === '/inloggen') return null;
    return (
      <div className="sr-account">
        <AppLink to="/inloggen" className="sr-account__login" onClick={() => rememberReturnPath(pathname + search)}>
          {t('account.login')}
        </AppLink>
      </div>
    );
  }

  const onLogout = async () => {
    setBusy(true);
    setFailed(false);
    noteLoggedOut();
    try {
      await logout(queryClient);
    } catch (error) {
      // A session that has already ended is logged out all the same.
      if (!(error instanceof ApiError && error.status === 401)) {
        clearLoginNotice();
        setFailed(true);
        setBusy(false);
        return;
      }
      forgetSession(queryClient);
    }
    setBusy(false);
    navigate('/inloggen');
  };

  return (
    <div className="sr-account">
      <span className="sr-account__name">
        <span className="sr-visually-hidden">{t('account.loggedInAs')} </span>
        {user.name}
      </span>
      <Button type="button" appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void onLogout()}>
        {busy ? t('common.busy') : t('account.logout')}
      </Button>
      {failed && (
        <span role="alert" className="sr-account__error">
          {t('account.logoutFailed')}
        </span>
      )}
    </div>
  );
}
