import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A polite "loading" line: announced once, without stealing focus. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="sr-loading">
      {t('common.loading')}
    </Paragraph>
  );
}
