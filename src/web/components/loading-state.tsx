import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../hooks/use-online';

/**
 * A polite "loading" line: announced once, without stealing focus. Without a connection nothing
 * loads (requests wait for the network), so it says that instead of "loading" forever.
 */
export function LoadingState() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <Paragraph role="status" className="sr-loading">
      {online ? t('common.loading') : t('common.offline')}
    </Paragraph>
  );
}
