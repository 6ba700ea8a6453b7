import './basisniveau.css';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../domain/basisniveau/views';
import { CHECKLIST_KEY, getChecklist } from '../../api/basisniveau-api';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { RequireLogin } from '../../components/require-login';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { ChecklistItemDetails } from './checklist-item-details';
import { ItemForm } from './item-form';

/** The beheerder confirms the municipality's basisniveau, point by point. */
export function BasisniveauPage() {
  const { t } = useTranslation('basisniveau');
  useDocumentTitle(t('title'));
  return (
    <RequireLogin role="beheerder">
      {() => (
        <div className="sr-container sr-narrow">
          <Heading1>{t('title')}</Heading1>
          <Paragraph lead>{t('pageIntro')}</Paragraph>
          <ChecklistLoader />
        </div>
      )}
    </RequireLogin>
  );
}

function ChecklistLoader() {
  const { i18n } = useTranslation('basisniveau');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const checklist = useQuery({ queryKey: [...CHECKLIST_KEY, lang], queryFn: () => getChecklist(lang) });
  if (checklist.isPending) return <LoadingState />;
  if (checklist.isError) return <QueryError error={checklist.error} />;
  return (
    <>
      {checklist.data.items.map((item) => (
        <ItemSection key={item.id} item={item} />
      ))}
    </>
  );
}

function ItemSection({ item }: { item: ChecklistItemView }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="sr-section sr-basisniveau-item">
      <Heading2 id={headingId}>{item.title}</Heading2>
      <Paragraph>{item.explanation}</Paragraph>
      <ChecklistItemDetails item={item} />
      <ItemForm item={item} />
    </section>
  );
}
