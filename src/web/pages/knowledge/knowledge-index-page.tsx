import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../api/queries';
import { AppLink } from '../../components/app-link';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { KnowledgeNav } from './knowledge-nav';
import { KNOWLEDGE_SECTIONS } from './sections';

/** The overview of the knowledge pages: what trafficking is and where to read more. */
export function KnowledgeIndexPage() {
  const { t } = useTranslation();
  const knowledge = useKnowledge();
  useDocumentTitle(t('knowledge.title'));
  return (
    <div className="sr-container sr-with-subnav">
      <KnowledgeNav current={null} />
      <div className="sr-subnav-content">
        <Heading1>{t('knowledge.title')}</Heading1>
        {knowledge.data && <Paragraph lead>{knowledge.data.trafficking.definition}</Paragraph>}
        <ul className="sr-cards">
          {KNOWLEDGE_SECTIONS.map((section) => (
            <li key={section.slug} className="sr-card">
              <AppLink to={`/kennis/${section.slug}`} className="sr-card__link">
                {t(`knowledge.${section.key}.title`)}
              </AppLink>
              <Paragraph className="sr-card__text">{t(`knowledge.${section.key}.summary`)}</Paragraph>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
