import '../../../styles/signals.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { InboxContent } from './inbox-content';

/**
 * The AF's inbox (steps 2 and 3 of seed 004): the municipality's signals, urgent first, then by
 * age, with the handovers whose feedback is late marked. Filters live in the address (they hold
 * no personal data), so back and reload keep them.
 */
export function InboxPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('inbox.title'));
  return (
    <RequireLogin role="aandachtsfunctionaris">
      {() => (
        <div className="sr-container">
          <Heading1>{t('inbox.title')}</Heading1>
          <Paragraph lead>{t('inbox.intro')}</Paragraph>
          <InboxContent />
        </div>
      )}
    </RequireLogin>
  );
}
