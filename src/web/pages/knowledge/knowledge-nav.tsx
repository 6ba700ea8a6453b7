import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { KNOWLEDGE_SECTIONS } from './sections';

/** Moves between the knowledge pages; the current one is marked with aria-current. */
export function KnowledgeNav({ current }: { current: string | null }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('knowledge.navLabel')} className="sr-subnav sr-no-print">
      <ul className="sr-subnav__list">
        <li>
          <AppLink to="/kennis" aria-current={current === null ? 'page' : undefined}>
            {t('knowledge.overview')}
          </AppLink>
        </li>
        {KNOWLEDGE_SECTIONS.map((section) => (
          <li key={section.slug}>
            <AppLink to={`/kennis/${section.slug}`} aria-current={current === section.slug ? 'page' : undefined}>
              {t(`knowledge.${section.key}.title`)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
