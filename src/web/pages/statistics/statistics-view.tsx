import { Alert, ButtonLink, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statistics, StatisticsTable } from '../../../domain/statistics';
import { defaultRange } from '../../../domain/statistics/periods';
import { getStatistics, statisticsExportUrl, type StatisticsFilters, type StatisticsScope } from '../../api/statistics-api';
import { LoadingState } from '../../components/loading-state';
import { QueryError } from '../../components/query-error';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { BarChart, Figure, FigureTable, type Bar } from './figure-table';
import { StatisticsFiltersForm } from './statistics-filters';

/**
 * The dashboard: filters, a CSV download, and per figure a chart with its table under it. The
 * same view serves the municipality (everything as counted) and the region (small numbers hidden).
 */
export function StatisticsView({ scope }: { scope: StatisticsScope }) {
  const { t, i18n } = useTranslation('statistics');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const title = t(scope === 'region' ? 'regionTitle' : 'title');
  useDocumentTitle(title);
  const [filters, setFilters] = useState<StatisticsFilters>(() => ({ ...defaultRange(new Date()), granularity: 'month' }));
  const figures = useQuery({ queryKey: ['statistics', scope, filters, lang], queryFn: () => getStatistics(scope, filters, lang), staleTime: 0 });
  return (
    <div className="sr-container">
      <Heading1>{title}</Heading1>
      <Paragraph lead>{t(scope === 'region' ? 'regionIntro' : 'intro')}</Paragraph>
      <Paragraph>{t(scope === 'region' ? 'regionSuppressed' : 'exportSuppressed')}</Paragraph>
      <StatisticsFiltersForm initial={filters} onApply={setFilters} />
      <Paragraph>
        <ButtonLink appearance="secondary-action-button" href={statisticsExportUrl(scope, filters, lang)} download>
          {t('download')}
        </ButtonLink>
      </Paragraph>
      {figures.isPending ? <LoadingState /> : figures.isError ? <QueryError error={figures.error} /> : <Figures statistics={figures.data} />}
    </div>
  );
}

function Figures({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation('statistics');
  const region = statistics.scope === 'region';
  return (
    <>
      <Paragraph>
        {t('showing', { name: statistics.name, from: statistics.from, to: statistics.to })}
      </Paragraph>
      {statistics.suppressed && (
        <Alert type="info">
          <Paragraph>{t('suppressedNote', { threshold: statistics.threshold })}</Paragraph>
        </Alert>
      )}
      {statistics.tables.map((table) => (
        <FigureSection key={table.id} table={table} region={region} />
      ))}
      <LeadTimes statistics={statistics} />
    </>
  );
}

/** What the chart shows: the signals per period (or per municipality in a region), the other tables' rows. */
function barsOf(table: StatisticsTable, region: boolean): Bar[] {
  if (table.id !== 'signals') return table.rows.map((r) => ({ key: r.key, label: r.label, value: r.total }));
  if (region) return table.rows.map((r) => ({ key: r.key, label: r.label, value: r.total }));
  return table.columns.map((c, i) => ({ key: c.key, label: c.label, value: table.rows[0]?.values[i] ?? 0 }));
}

function FigureSection({ table, region }: { table: StatisticsTable; region: boolean }) {
  const { t } = useTranslation('statistics');
  const headingId = useId();
  const title = t(`tables.${table.id}.title`);
  return (
    <section aria-labelledby={headingId} className="sr-section sr-figure-section">
      <Heading2 id={headingId}>{title}</Heading2>
      <Paragraph>{t(`tables.${table.id}.about`)}</Paragraph>
      {table.rows.length === 0 ? (
        <Paragraph>{t('empty')}</Paragraph>
      ) : (
        <div className="sr-figure-section__body">
          <BarChart bars={barsOf(table, region)} caption={t('chartCaption', { title })} />
          <FigureTable table={table} caption={t('tableCaption', { title })} rowHeader={t(`tables.${table.id}.rowHeader`)} />
        </div>
      )}
    </section>
  );
}

function LeadTimes({ statistics }: { statistics: Statistics }) {
  const { t, i18n } = useTranslation('statistics');
  const headingId = useId();
  const captionId = useId();
  const days = (value: number | null) => (value === null ? <Figure value={null} /> : t('days', { count: value, formatted: value.toLocaleString(i18n.language) }));
  const bars = statistics.leadTimes.map((l) => ({ key: l.step, label: t(`steps.${l.step}`), value: l.medianDays }));
  return (
    <section aria-labelledby={headingId} className="sr-section sr-figure-section">
      <Heading2 id={headingId}>{t('leadTimes.title')}</Heading2>
      <Paragraph>{t('leadTimes.about')}</Paragraph>
      <div className="sr-figure-section__body">
        <BarChart bars={bars} caption={t('leadTimes.chartCaption')} />
        <div className="sr-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <Table className="sr-figure-table">
            <TableCaption id={captionId}>{t('leadTimes.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('leadTimes.step')}</TableHeaderCell>
                {!statistics.suppressed && <TableHeaderCell scope="col" className="sr-figure-table__number">{t('leadTimes.count')}</TableHeaderCell>}
                <TableHeaderCell scope="col" className="sr-figure-table__number">{t('leadTimes.median')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="sr-figure-table__number">{t('leadTimes.p90')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {statistics.leadTimes.map((l) => (
                <TableRow key={l.step}>
                  <TableHeaderCell scope="row">{t(`steps.${l.step}`)}</TableHeaderCell>
                  {!statistics.suppressed && (
                    <TableCell className="sr-figure-table__number">
                      <Figure value={l.count} />
                    </TableCell>
                  )}
                  <TableCell className="sr-figure-table__number">{l.count === 0 ? '—' : days(l.medianDays)}</TableCell>
                  <TableCell className="sr-figure-table__number">{l.count === 0 ? '—' : days(l.p90Days)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </div>
    </section>
  );
}
