import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logoutEverywhere } from '../api/auth-api';
import { ApiError } from '../api/client';
import { useMunicipalities } from '../api/queries';
import { forgetSession, logout, SESSION_KEY } from '../api/session';
import type { SessionUser } from '../api/types';
import { ChangePasswordForm } from '../components/change-password-form';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EnrolSecondFactor } from '../components/enrol-second-factor';
import { FormAlert } from '../components/form-alert';
import { RecoveryCodes } from '../components/recovery-codes';
import { RequireLogin } from '../components/require-login';
import { useDocumentTitle } from '../hooks/use-document-title';
import { formErrorsFrom } from '../lib/form-errors';
import { ALL_ROLES } from '../lib/roles';
import { clearLoginNotice, noteLoggedOut } from '../state/login-notice';

export function AccountPage() {
  return <RequireLogin>{(user) => <AccountView user={user} />}</RequireLogin>;
}

/** The user's own account: who they are here, their password and second factor, and ending their sessions. */
function AccountView({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const ids = { password: useId(), factor: useId(), sessions: useId() };
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const [confirming, setConfirming] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  useDocumentTitle(t('accountPage.title'));

  const municipality = municipalities.data?.find((m) => m.code === user.municipality);
  const roles = ALL_ROLES.filter((r) => user.roles.includes(r)).map((r) => t(`roles.${r}`));

  const everywhere = useMutation({ mutationFn: logoutEverywhere });
  const single = useMutation({ mutationFn: () => logout(queryClient) });

  const loggedOut = () => {
    noteLoggedOut();
    forgetSession(queryClient);
    navigate('/inloggen');
  };
  const isGone = (error: unknown) => error instanceof ApiError && error.status === 401;

  const doneEnrolling = () => {
    setCodes(null);
    setEnrolling(false);
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  };

  return (
    <div className="sr-container">
      <Heading1>{t('accountPage.title')}</Heading1>
      <DataList className="sr-account-data">
        <DataListItem>
          <DataListKey>{t('accountPage.name')}</DataListKey>
          <DataListValue>{user.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('login.email')}</DataListKey>
          <DataListValue>{user.email}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('accountPage.roles')}</DataListKey>
          <DataListValue>{roles.join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('accountPage.municipality')}</DataListKey>
          <DataListValue>{municipality?.name ?? user.municipality ?? t('accountPage.noMunicipality')}</DataListValue>
        </DataListItem>
      </DataList>

      <section aria-labelledby={ids.password} className="sr-section">
        <Heading2 id={ids.password}>{t('accountPage.password')}</Heading2>
        {user.hasPassword ? <ChangePasswordForm /> : <Paragraph>{t('accountPage.passwordSso')}</Paragraph>}
      </section>

      <section aria-labelledby={ids.factor} className="sr-section">
        <Heading2 id={ids.factor}>{t('accountPage.secondFactor')}</Heading2>
        {codes ? (
          <RecoveryCodes codes={codes} onDone={doneEnrolling} />
        ) : enrolling ? (
          <EnrolSecondFactor headingLevel={3} onConfirmed={setCodes} />
        ) : user.secondFactor ? (
          <>
            <Paragraph>{t('accountPage.secondFactorOn')}</Paragraph>
            <Paragraph>{t('accountPage.secondFactorLost')}</Paragraph>
          </>
        ) : (
          <>
            <Paragraph>{t('accountPage.secondFactorOff')}</Paragraph>
            <div className="sr-actions">
              <Button type="button" appearance="secondary-action-button" onClick={() => setEnrolling(true)}>
                {t('accountPage.enrol')}
              </Button>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby={ids.sessions} className="sr-section">
        <Heading2 id={ids.sessions}>{t('accountPage.sessions')}</Heading2>
        <Paragraph>{t('accountPage.sessionsIntro')}</Paragraph>
        <FormAlert message={single.isError && !isGone(single.error) ? formErrorsFrom(single.error, t).form : null} />
        <div className="sr-actions">
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={single.isPending}
            disabled={single.isPending}
            onClick={() => {
              noteLoggedOut();
              single.mutate(undefined, {
                onSuccess: loggedOut,
                onError: (e) => (isGone(e) ? loggedOut() : clearLoginNotice()),
              });
            }}
          >
            {single.isPending ? t('common.busy') : t('account.logout')}
          </Button>
          <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => setConfirming(true)}>
            {t('accountPage.everywhere')}
          </Button>
        </div>
      </section>

      <ConfirmDialog
        open={confirming}
        title={t('accountPage.everywhereTitle')}
        confirmLabel={t('accountPage.everywhereConfirm')}
        busy={everywhere.isPending}
        error={everywhere.isError && !isGone(everywhere.error) ? formErrorsFrom(everywhere.error, t).form : null}
        onCancel={() => {
          setConfirming(false);
          everywhere.reset();
        }}
        onConfirm={() =>
          everywhere.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              loggedOut();
            },
            onError: (e) => {
              if (isGone(e)) loggedOut();
            },
          })
        }
      >
        {t('accountPage.everywhereText')}
      </ConfirmDialog>
    </div>
  );
}
