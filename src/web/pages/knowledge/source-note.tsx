import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Where a text comes from, so a reader can check it against the printed original. */
export function SourceNote({ source }: { source: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph small className="sr-source">
      {t('knowledge.source', { source })}
    </Paragraph>
  );
}
