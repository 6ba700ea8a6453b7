import './basisniveau.css';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_KEY, getChecklist } from '../../api/basisniveau-api';
import { useSession } from '../../api/session';
import { AppLink } from '../../components/app-link';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { hasRole } from '../../lib/roles';
import { ChecklistItemDetails } from './checklist-item-details';
import { WithBasisniveauTexts } from './with-texts';

/**
 * The municipality's basisniveau on its figures page, for the AF and the beheerder: every point
 * with its status and what backs it. The beheerder gets a link to confirm points.
 */
export function BasisniveauSection() {
  return (
    <WithBasisniveauTexts>
      <ChecklistOverview />
    </WithBasisniveauTexts>
  );
}

function ChecklistOverview() {
  const { t, i18n } = useTranslation('basisniveau');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const headingId = useId();
  const session = useSession();
  const user = session.data?.stage === 'ok' ? session.data.user : null;
  const checklist = useQuery({ queryKey: [...CHECKLIST_KEY, lang], queryFn: () => getChecklist(lang) });
  return (
    <div className="sr-container">
      <section aria-labelledby={headingId} className="sr-section sr-basisniveau">
        <Heading2 id={headingId}>{t('heading')}</Heading2>
        <Paragraph>{t('intro')}</Paragraph>
        {hasRole(user, 'beheerder') && (
          <Paragraph>
            <AppLink to="/basisniveau">{t('edit')}</AppLink>
          </Paragraph>
        )}
        {checklist.isPending ? (
          <LoadingState />
        ) : checklist.isError ? (
          <QueryError error={checklist.error} />
        ) : (
          <ul className="sr-basisniveau-list">
            {checklist.data.items.map((item) => (
              <li key={item.id} className="sr-basisniveau-list__item">
                <Heading3>{item.title}</Heading3>
                <ChecklistItemDetails item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
