import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeView } from '../../api/types';
import { sharedSource } from '../../../domain/content/cite-sources';
import { FormTags } from './form-tags';
import { SourceNote } from './source-note';

/** Groups at higher risk of exploitation, each with the forms it is linked to. */
export function RiskGroupsSection({ knowledge }: { knowledge: KnowledgeView }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('knowledge.riskGroups.intro')}</Paragraph>
      <UnorderedList className="sr-tagged-list">
        {knowledge.riskGroups.map((group) => (
          <UnorderedListItem key={group.id}>
            <strong>{group.name}</strong> <FormTags forms={group.forms} all={knowledge.forms} />
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <SourceNote source={sharedSource(knowledge.riskGroups)} />
    </>
  );
}
