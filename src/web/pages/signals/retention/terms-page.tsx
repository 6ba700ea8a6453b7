import '../../../styles/signals.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getRetentionTerms } from '../../../api/signals-api';
import { AppLink } from '../../../components/app-link';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { TermsForm } from './terms-form';

/** The beheerder's retention terms of the municipality (docs/decisions/0017-retention.md). */
export function TermsPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('retention.title'));
  return (
    <RequireLogin role="beheerder">
      {() => (
        <div className="sr-container sr-narrow">
          <Heading1>{t('retention.title')}</Heading1>
          <Paragraph lead>{t('retention.intro')}</Paragraph>
          <TermsLoader />
          <Paragraph>
            <AppLink to="/verwijderingen">{t('retention.toDeletions')}</AppLink>
          </Paragraph>
        </div>
      )}
    </RequireLogin>
  );
}

function TermsLoader() {
  const terms = useQuery({ queryKey: ['retention-terms'], queryFn: getRetentionTerms });
  if (terms.isPending) return <LoadingState />;
  if (terms.isError) return <QueryError error={terms.error} />;
  return <TermsForm view={terms.data} />;
}
