import { Heading1 } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getCase } from '../../../api/signals-api';
import type { SessionUser } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { CaseView } from './case-view';

/** The case once loaded: its page title, a loading line or the reason it could not be read. */
export function CaseLoader({ id, user }: { id: string; user: SessionUser }) {
  const { t } = useTranslation('signals');
  const query = useQuery({ queryKey: ['case', id], queryFn: () => getCase(id) });
  useDocumentTitle(query.data ? t('case.title', { reference: query.data.reference }) : t('case.loadingTitle'));
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <div className="sr-container">
        <Heading1>{t('case.loadingTitle')}</Heading1>
        <QueryError error={query.error} />
      </div>
    );
  }
  return <CaseView signal={query.data} user={user} />;
}
