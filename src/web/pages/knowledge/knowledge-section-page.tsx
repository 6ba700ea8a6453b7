import { Heading1 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useKnowledge } from '../../api/queries';
import type { KnowledgeView } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { NotFoundPage } from '../not-found-page';
import { ConversationSection } from './conversation-section';
import { FormsSection } from './forms-section';
import { KnowledgeNav } from './knowledge-nav';
import { RiskGroupsSection } from './risk-groups-section';
import { KNOWLEDGE_SECTIONS, type KnowledgeSectionKey } from './sections';
import { SectorsSection } from './sectors-section';
import { SignalsSection } from './signals-section';
import { StepsSection } from './steps-section';

const RENDER: Record<KnowledgeSectionKey, (k: KnowledgeView) => ReactNode> = {
  forms: (k) => <FormsSection knowledge={k} />,
  signals: (k) => <SignalsSection knowledge={k} />,
  riskGroups: (k) => <RiskGroupsSection knowledge={k} />,
  sectors: (k) => <SectorsSection knowledge={k} />,
  conversation: (k) => <ConversationSection knowledge={k} />,
  meldcode: (k) => <StepsSection steps={k.meldcode} />,
  stepPlan: (k) => <StepsSection steps={k.stepPlan} />,
};

/** One knowledge page (/kennis/:section), rendered from GET /api/v1/knowledge. */
export function KnowledgeSectionPage() {
  const { t } = useTranslation();
  const { section: slug } = useParams();
  const section = KNOWLEDGE_SECTIONS.find((s) => s.slug === slug);
  const knowledge = useKnowledge();
  useDocumentTitle(section ? t(`knowledge.${section.key}.title`) : t('notFound.title'));
  if (!section) return <NotFoundPage />;
  return (
    <div className="sr-container sr-with-subnav">
      <KnowledgeNav current={section.slug} />
      <div className="sr-subnav-content">
        <Heading1>{t(`knowledge.${section.key}.title`)}</Heading1>
        {knowledge.isPending && <LoadingState />}
        {knowledge.isError && <QueryError error={knowledge.error} />}
        {knowledge.data && RENDER[section.key](knowledge.data)}
      </div>
    </div>
  );
}
