import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { fetchSession, forgetSession, logout, SESSION_KEY, useSession } from '../../api/session';
import type { LoginResult } from '../../api/types';
import { AppLink } from '../../components/app-link';
import { EnrolSecondFactor } from '../../components/enrol-second-factor';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { RecoveryCodes } from '../../components/recovery-codes';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useFocusOnChange } from '../../hooks/use-focus-on-change';
import { clearLoginNotice, justLoggedOut } from '../../state/login-notice';
import { takeReturnPath, takeSsoMark } from '../../state/return-path';
import { PasswordStep } from './password-step';
import { SecondFactorStep } from './second-factor-step';
import { SsoOptions } from './sso-options';

type Step = 'password' | 'second-factor' | 'enrol' | 'recovery-codes' | 'logged-in';

const TITLES: Record<Step, string> = {
  password: 'login.title',
  'second-factor': 'secondFactor.title',
  enrol: 'enrol.title',
  'recovery-codes': 'recovery.title',
  'logged-in': 'login.loggedInTitle',
};

/** Messages the server's SSO callback sends the browser back with (a fixed code, nothing personal). */
const SSO_MESSAGES: Record<string, string> = {
  'sso-onbekend': 'login.ssoUnknown',
  'sso-mislukt': 'login.ssoFailed',
};

/**
 * Logging in, step by step: password, then the code from the app (or setting up the app first,
 * and seeing the recovery codes once). The step follows the session, so a reload halfway through
 * continues where the user was. Afterwards the user returns to the page they came from.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Read once when the page opens; forgotten afterwards so a later visit does not repeat it.
  const [loggedOut] = useState(justLoggedOut);
  useEffect(() => {
    clearLoginNotice();
    // Back here from the identity provider means the SSO login did not work out.
    takeSsoMark();
  }, []);

  const stage = session.data?.stage;
  const step: Step = recoveryCodes
    ? 'recovery-codes'
    : stage === 'second-factor'
      ? 'second-factor'
      : stage === 'enrol-second-factor'
        ? 'enrol'
        : stage === 'ok'
          ? 'logged-in'
          : 'password';
  const title = t(TITLES[step]);
  useDocumentTitle(title);
  useFocusOnChange(headingRef, step);

  const finish = async () => {
    setFinishing(true);
    await queryClient.fetchQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 0 }).catch(() => undefined);
    navigate(takeReturnPath(), { replace: true });
  };

  const onPassword = (result: LoginResult) => {
    if (result.status === 'ok') {
      void finish();
      return;
    }
    // Halfway: the next step follows from the stage; no need to ask the server again.
    queryClient.setQueryData(SESSION_KEY, { user: null, csrfToken: result.csrfToken, stage: result.status });
  };

  const cancel = async () => {
    setCancelling(true);
    try {
      await logout(queryClient);
    } catch {
      // Also when the server could not be reached: a new login replaces the half-way session.
      forgetSession(queryClient);
    } finally {
      setCancelling(false);
    }
  };

  const ssoMessage = SSO_MESSAGES[searchParams.get('melding') ?? ''];

  if (finishing) return <LoadingState />;

  return (
    <div className="sr-container sr-narrow">
      <Heading1 ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {title}
      </Heading1>
      {session.isPending && <LoadingState />}
      {session.isError && <QueryError error={session.error} />}
      {step === 'password' && session.data && (
        <>
          {ssoMessage && (
            <Alert type="error" className="sr-login__message">
              <Paragraph>{t(ssoMessage)}</Paragraph>
            </Alert>
          )}
          {loggedOut && !ssoMessage && (
            <Alert type="ok" className="sr-login__message">
              <Paragraph>{t('login.loggedOut')}</Paragraph>
            </Alert>
          )}
          <Paragraph>{t('login.intro')}</Paragraph>
          <PasswordStep onDone={onPassword} />
          <SsoOptions />
          <Paragraph className="sr-section">{t('login.forgotten')}</Paragraph>
        </>
      )}
      {step === 'second-factor' && <SecondFactorStep onDone={() => void finish()} onCancel={() => void cancel()} cancelling={cancelling} />}
      {step === 'enrol' && (
        <>
          <Paragraph>{t('enrol.required')}</Paragraph>
          <EnrolSecondFactor onConfirmed={setRecoveryCodes} />
        </>
      )}
      {step === 'recovery-codes' && recoveryCodes && <RecoveryCodes codes={recoveryCodes} onDone={() => void finish()} />}
      {step === 'logged-in' && session.data?.user && (
        <>
          <Paragraph>{t('login.loggedInAs', { name: session.data.user.name })}</Paragraph>
          <Paragraph>
            <AppLink to="/account">{t('nav.account')}</AppLink>
          </Paragraph>
        </>
      )}
    </div>
  );
}
