import '../../../styles/signals.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AF_CONTACT_KEY, getAfContact } from '../../../api/af-contact-api';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { RequireLogin } from '../../../components/require-login';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { AfContactForm } from './af-contact-form';

/** The beheerder sets who the municipality's aandachtsfunctionaris is (seed 004's "randvoorwaarde"). */
export function AfContactPage() {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('afContact.title'));
  return (
    <RequireLogin role="beheerder">
      {() => (
        <div className="sr-container sr-narrow">
          <Heading1>{t('afContact.title')}</Heading1>
          <Paragraph lead>{t('afContact.intro')}</Paragraph>
          <AfContactLoader />
        </div>
      )}
    </RequireLogin>
  );
}

function AfContactLoader() {
  const contact = useQuery({ queryKey: AF_CONTACT_KEY, queryFn: getAfContact });
  if (contact.isPending) return <LoadingState />;
  if (contact.isError) return <QueryError error={contact.error} />;
  return <AfContactForm view={contact.data} />;
}
