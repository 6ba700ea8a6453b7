import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <PageFooter className="sr-footer">
      <div className="sr-container">
        <Paragraph>{t('footer.text')}</Paragraph>
      </div>
    </PageFooter>
  );
}
