import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SignalCase } from '../../../api/signal-types';
import { telHref } from '../../../lib/phone';

/**
 * Who passed the signal on. Known to the AF only (step 2 of seed 004), so it is marked as
 * confidential in words and by its frame, and nothing on this page copies it anywhere else.
 */
export function ReporterBox({ reporter }: { reporter: SignalCase['reporter'] }) {
  const { t } = useTranslation('signals');
  return (
    <section id="melder" aria-labelledby="melder-titel" className="sr-confidential">
      <Heading2 id="melder-titel" className="sr-confidential__title">
        {t('case.reporterHeading')}
      </Heading2>
      <Paragraph className="sr-confidential__text">{t('case.reporterText')}</Paragraph>
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('case.reporterName')}</DataListKey>
          <DataListValue>{reporter.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('case.reporterEmail')}</DataListKey>
          <DataListValue>
            <Link href={`mailto:${reporter.email}`} className="sr-break">
              {reporter.email}
            </Link>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('case.reporterPhone')}</DataListKey>
          <DataListValue>{reporter.phone ? <Link href={telHref(reporter.phone)}>{reporter.phone}</Link> : t('case.notGiven')}</DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}
