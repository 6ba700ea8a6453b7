import { Alert, Link, Paragraph, Strong } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * Acute danger always comes first: this notice is the first content of the home page and of
 * every route-map page, before any question. It is not a live region, so it is read in page
 * order instead of interrupting on every step.
 */
export function EmergencyBanner() {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="note" className="sr-emergency">
      <Paragraph className="sr-emergency__text">
        <Strong>{t('emergency.question')}</Strong>{' '}
        <Link href="tel:112" className="sr-emergency__call">
          {t('emergency.call')}
        </Link>
      </Paragraph>
    </Alert>
  );
}
