import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * A route map that cannot be loaded because there is no connection: said plainly, with what to do,
 * instead of "loading" forever. Offline use of maps opened before comes later (a service worker).
 */
export function RouteMapOffline({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('walk.offlineTitle')}</Heading1>
      <Alert type="warning" className="sr-offline">
        <Paragraph>{t('walk.offlineText')}</Paragraph>
        <Paragraph>{t('walk.offlineDanger')}</Paragraph>
        <Paragraph>{t('walk.offlineBack')}</Paragraph>
      </Alert>
      <div className="sr-actions">
        <Button type="button" appearance="secondary-action-button" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </>
  );
}
