import '../../../styles/signals.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useEmailContext } from '../../../hooks/use-email';
import { MySignalsList } from './my-signals-list';

/**
 * "Mijn signalen": what a reporter may know of their own signals (step 6 of seed 004): the
 * reference, when, the status and what the AF wrote back. Nothing else of the case.
 */
export function MySignalsPage() {
  const { t } = useTranslation('signals');
  const email = useEmailContext();
  useDocumentTitle(t('mine.title'));
  return (
    <RequireLogin>
      {() => (
        <div className="sr-container">
          <Heading1>{t('mine.title')}</Heading1>
          <Paragraph lead>{t('mine.intro', email)}</Paragraph>
          <MySignalsList />
        </div>
      )}
    </RequireLogin>
  );
}
