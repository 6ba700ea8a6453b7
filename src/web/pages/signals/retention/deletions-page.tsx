import '../../../styles/signals.css';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { hasRole } from '../../../lib/roles';
import { DeletionLog } from './deletion-log';
import { RetentionPreview } from './retention-preview';

/**
 * Deletion by retention terms, for the beheerder and the auditor (privacy officer): what goes in
 * the coming week and what has gone, references and dates only (docs/decisions/0017-retention.md).
 */
export function DeletionsPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('deletions.title'));
  return (
    <RequireLogin role={['beheerder', 'auditor']}>
      {(user) => (
        <div className="sr-container">
          <Heading1>{t('deletions.title')}</Heading1>
          <Paragraph lead>{t('deletions.intro')}</Paragraph>
          {hasRole(user, 'beheerder') && (
            <Paragraph>
              <AppLink to="/beheer/bewaartermijnen">{t('deletions.toTerms')}</AppLink>
            </Paragraph>
          )}
          <Heading2>{t('deletions.previewHeading')}</Heading2>
          <RetentionPreview />
          <Heading2>{t('deletions.logHeading')}</Heading2>
          <Paragraph>{t('deletions.logIntro')}</Paragraph>
          <DeletionLog />
        </div>
      )}
    </RequireLogin>
  );
}
