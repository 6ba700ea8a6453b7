import { Alert, Paragraph, Strong } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useInstance } from '../api/session';

/**
 * A demo installation says so on every page, so nobody types a real signal into it. A status,
 * not an alert: it is read once in page order instead of interrupting.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const instance = useInstance();
  if (instance.data?.mode !== 'demo') return null;
  return (
    <div className="sr-container">
      <Alert type="warning" role="status" className="sr-demo">
        <Paragraph>
          <Strong>{t('demo.text')}</Strong>
        </Paragraph>
      </Alert>
    </div>
  );
}
