import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getTrainingRegionStatistics, getTrainingStatistics } from '../../api/training-api';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { WithTrainingTexts } from './with-texts';

const percent = (completed: number, users: number, lang: string) =>
  users === 0 ? '–' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(completed / users);

/** The municipality's course completion per department, on its figures page (AF and beheerder). */
export function TrainingStatisticsSection() {
  return (
    <WithTrainingTexts>
      <MunicipalityRate />
    </WithTrainingTexts>
  );
}

/** Per municipality of the region, on the regiobeheerder's figures page. */
export function TrainingRegionSection() {
  return (
    <WithTrainingTexts>
      <RegionRate />
    </WithTrainingTexts>
  );
}

function MunicipalityRate() {
  const { t, i18n } = useTranslation('training');
  const headingId = useId();
  const rate = useQuery({ queryKey: ['training', 'statistics'], queryFn: getTrainingStatistics });
  return (
    <div className="sr-container">
      <section aria-labelledby={headingId} className="sr-section sr-training-rate">
        <Heading2 id={headingId}>{t('statistics.heading')}</Heading2>
        <Paragraph>{t('statistics.intro')}</Paragraph>
        {rate.isPending ? (
          <LoadingState />
        ) : rate.isError ? (
          <QueryError error={rate.error} />
        ) : (
          <>
            <Paragraph>{t('statistics.total', { completed: rate.data.completed, users: rate.data.users, percent: percent(rate.data.completed, rate.data.users, i18n.language) })}</Paragraph>
            <RateTable
              caption={t('statistics.caption')}
              rowHeading={t('statistics.department')}
              rows={rate.data.departments.map((d) => ({ key: d.department ?? '', name: d.department ?? t('statistics.noDepartment'), users: d.users, completed: d.completed }))}
            />
          </>
        )}
      </section>
    </div>
  );
}

function RegionRate() {
  const { t } = useTranslation('training');
  const headingId = useId();
  const rate = useQuery({ queryKey: ['training', 'statistics', 'region'], queryFn: getTrainingRegionStatistics });
  return (
    <div className="sr-container">
      <section aria-labelledby={headingId} className="sr-section sr-training-rate">
        <Heading2 id={headingId}>{t('statistics.regionHeading')}</Heading2>
        {rate.isPending ? (
          <LoadingState />
        ) : rate.isError ? (
          <QueryError error={rate.error} />
        ) : (
          <>
            <Paragraph>{t('statistics.regionIntro', { threshold: rate.data.threshold })}</Paragraph>
            {rate.data.municipalities.length === 0 ? (
              <Paragraph>{t('statistics.none')}</Paragraph>
            ) : (
              <RateTable
                caption={t('statistics.regionCaption')}
                rowHeading={t('statistics.municipality')}
                rows={rate.data.municipalities.map((m) => ({ key: m.code, name: m.name, users: m.users, completed: m.completed }))}
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}

interface Rate {
  key: string;
  name: string;
  /** Null where the figures are hidden (a municipality with fewer active users than the threshold). */
  users: number | null;
  completed: number | null;
}

/** Active users, how many finished the course and the share, one row per department or municipality. */
function RateTable({ caption, rowHeading, rows }: { caption: string; rowHeading: string; rows: Rate[] }) {
  const { t, i18n } = useTranslation('training');
  const captionId = useId();
  return (
    <div className="sr-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table>
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{rowHeading}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('statistics.users')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('statistics.completed')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('statistics.percent')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
              <TableCell>{r.users ?? t('statistics.hidden')}</TableCell>
              <TableCell>{r.completed ?? t('statistics.hidden')}</TableCell>
              <TableCell>{r.users === null || r.completed === null ? t('statistics.hidden') : percent(r.completed, r.users, i18n.language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
