import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Shows why content could not be loaded: the API's own (Dutch) message when there is one. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const apiMessage = error instanceof ApiError && error.message ? error.message : null;
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Alert type="error">
      <Paragraph>{notFound ? t('error.notFound') : t('error.loadFailed')}</Paragraph>
      {apiMessage && <Paragraph>{apiMessage}</Paragraph>}
    </Alert>
  );
}
