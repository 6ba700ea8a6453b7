import { Heading1 } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../../api/queries';
import { getDraft } from '../../../api/signals-api';
import type { SessionUser } from '../../../api/types';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { emptyForm, fromDraft } from './form-state';
import { SignalForm } from './signal-form';

/** Reads the knowledge lists and the saved draft before the form opens. */
export function SignalFormLoader({ user }: { user: SessionUser }) {
  const { t } = useTranslation('signals');
  useDocumentTitle(t('submit.title'));
  const knowledge = useKnowledge();
  // Always read the draft fresh: it may have been saved from another tab or computer.
  const draft = useQuery({ queryKey: ['signal-draft', user.id], queryFn: getDraft, staleTime: 0, gcTime: 0 });
  const initial = useMemo(() => (draft.data ? (fromDraft(draft.data.payload) ?? emptyForm()) : null), [draft.data]);

  const error = knowledge.error ?? draft.error;
  if (error) {
    // Without the draft the form would start empty and overwrite it on the first save: wait instead.
    return (
      <div className="sr-container">
        <Heading1>{t('submit.title')}</Heading1>
        <QueryError error={error} />
      </div>
    );
  }
  if (!knowledge.data || !initial || !draft.data) return <LoadingState />;
  return <SignalForm user={user} knowledge={knowledge.data} initial={initial} restoredAt={draft.data.payload && fromDraft(draft.data.payload) ? draft.data.updatedAt : null} />;
}
