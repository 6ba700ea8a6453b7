import '../../../styles/signals.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { SettingsLoader } from './settings-loader';

/** The beheerder's settings of the municipality: the term partners have for feedback. */
export function SettingsPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('settings.title'));
  return (
    <RequireLogin role="beheerder">
      {() => (
        <div className="sr-container sr-narrow">
          <Heading1>{t('settings.title')}</Heading1>
          <Paragraph lead>{t('settings.intro')}</Paragraph>
          <SettingsLoader />
        </div>
      )}
    </RequireLogin>
  );
}
