import '../../../styles/signals.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { RequireLogin } from '../../../components/require-login';
import { EmailOffNotice } from '../../../components/signals/email-off-notice';
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
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <RequireLogin role="aandachtsfunctionaris">
      {() => (
        <div className="sr-container">
          <Heading1 ref={headingRef} tabIndex={-1} className="sr-focus-heading">
            {t('inbox.title')}
          </Heading1>
          <Paragraph lead>{t('inbox.intro')}</Paragraph>
          <Paragraph>
            <AppLink to="/signalen/zoeken">{t('matching.searchByHand')}</AppLink>
          </Paragraph>
          {/* Dismissing removes the button that had focus: focus goes back to the top of the page. */}
          <EmailOffNotice afterDismiss={() => headingRef.current?.focus()} />
          <InboxContent />
          <Paragraph>
            <AppLink to="/audit/afgeschermde-regel">{t('sealed.link')}</AppLink>
          </Paragraph>
        </div>
      )}
    </RequireLogin>
  );
}
