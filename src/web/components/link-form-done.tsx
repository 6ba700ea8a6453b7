import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';

/** The end of a one-time-link form: what happened, and the way to log in. */
export function LinkFormDone({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="ok">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/inloggen">{t('setup.toLogin')}</AppLink>
      </Paragraph>
    </>
  );
}
