import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeView } from '../../api/types';
import { sharedSource } from '../../../domain/content/cite-sources';
import { SourceNote } from './source-note';

/** The possible signals per form of exploitation. */
export function SignalsSection({ knowledge }: { knowledge: KnowledgeView }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('knowledge.signals.intro')}</Paragraph>
      {knowledge.forms.map((form) => (
        <section key={form.id} aria-labelledby={`signalen-${form.id}`} className="sr-section">
          <Heading2 id={`signalen-${form.id}`}>{form.name}</Heading2>
          <UnorderedList>
            {form.signals.map((signal) => (
              <UnorderedListItem key={signal.id}>{signal.text}</UnorderedListItem>
            ))}
          </UnorderedList>
          {/* The list's own source, not the definition's: a list of additions is credited to no document. */}
          <SourceNote source={sharedSource(form.signals)} />
        </section>
      ))}
    </>
  );
}
