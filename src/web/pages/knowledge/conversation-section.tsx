import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeView } from '../../api/types';
import { SourceNote } from './source-note';

/** What helps and what hinders in a conversation with a possible victim. */
export function ConversationSection({ knowledge }: { knowledge: KnowledgeView }) {
  const { t } = useTranslation();
  const { conversation } = knowledge;
  return (
    <>
      <Paragraph lead>{conversation.intro}</Paragraph>
      <div className="sr-columns">
        <section aria-labelledby="gesprek-helpt" className="sr-section">
          <Heading2 id="gesprek-helpt">{t('knowledge.conversation.promoting')}</Heading2>
          <UnorderedList>
            {conversation.promoting.map((item) => (
              <UnorderedListItem key={item.id}>{item.text}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
        <section aria-labelledby="gesprek-hindert" className="sr-section">
          <Heading2 id="gesprek-hindert">{t('knowledge.conversation.hindering')}</Heading2>
          <UnorderedList>
            {conversation.hindering.map((item) => (
              <UnorderedListItem key={item.id}>{item.text}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      </div>
      <SourceNote source={conversation.source} />
    </>
  );
}
