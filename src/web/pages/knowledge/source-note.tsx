import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * Where a text comes from (the document's title and publisher), so a reader can check it against
 * the printed original. Nothing for a text that is in no source document: it is credited to none.
 */
export function SourceNote({ source }: { source: string | null }) {
  const { t } = useTranslation();
  if (source === null) return null;
  return (
    <Paragraph small className="sr-source">
      {t('knowledge.source', { source })}
    </Paragraph>
  );
}
