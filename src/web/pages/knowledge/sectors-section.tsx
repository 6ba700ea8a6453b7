import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeView } from '../../api/types';
import { sharedSource } from '../../../domain/content/cite-sources';
import { FormTags } from './form-tags';
import { SourceNote } from './source-note';

const KINDS = ['sensitive', 'facilitating'] as const;

/** Sectors sensitive to exploitation, and branches that may facilitate it. */
export function SectorsSection({ knowledge }: { knowledge: KnowledgeView }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('knowledge.sectors.intro')}</Paragraph>
      {KINDS.map((kind) => {
        const sectors = knowledge.sectors.filter((s) => s.kind === kind);
        if (sectors.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`sectoren-${kind}`} className="sr-section">
            <Heading2 id={`sectoren-${kind}`}>{t(`knowledge.sectors.${kind}`)}</Heading2>
            <UnorderedList className="sr-tagged-list">
              {sectors.map((sector) => (
                <UnorderedListItem key={sector.id}>
                  <strong>{sector.name}</strong> <FormTags forms={sector.forms} all={knowledge.forms} />
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <SourceNote source={sharedSource(sectors)} />
          </section>
        );
      })}
    </>
  );
}
