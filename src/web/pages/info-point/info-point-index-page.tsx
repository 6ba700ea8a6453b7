import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useInfoPointLanguages } from '../../api/info-point-api';
import { EmergencyBanner } from '../../components/emergency-banner';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { InfoPointLanguages } from './info-point-languages';

/** The way in: the languages of the information point, each in its own name. */
export function InfoPointIndexPage() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const languages = useInfoPointLanguages();
  useDocumentTitle(t('infoPoint.title'));
  return (
    <div className="sr-container sr-info">
      <EmergencyBanner />
      <Heading1>{t('infoPoint.title')}</Heading1>
      <Paragraph lead>{t('infoPoint.intro')}</Paragraph>
      <Paragraph>{t('infoPoint.staff')}</Paragraph>
      {languages.isPending && <LoadingState />}
      {languages.isError && <QueryError error={languages.error} />}
      {languages.data && (
        <InfoPointLanguages languages={languages.data} current={null} region={search.get('regio')} label={t('infoPoint.languages')} labelLang={i18n.language} />
      )}
    </div>
  );
}
