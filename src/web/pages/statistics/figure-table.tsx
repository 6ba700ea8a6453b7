import { Table, TableBody, TableCaption, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsTable } from '../../../domain/statistics';

/** A hidden figure: a mark that says what it is, to the eye and to a screen reader. */
export function Figure({ value }: { value: number | null }) {
  const { t, i18n } = useTranslation('statistics');
  if (value !== null) return <>{value.toLocaleString(i18n.language)}</>;
  return (
    <>
      <span aria-hidden="true" title={t('hiddenTitle')}>
        •
      </span>
      <span className="sr-visually-hidden">{t('hidden')}</span>
    </>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number | null;
}

/**
 * Horizontal bars: a picture for the eye only (aria-hidden), since the table under it holds the
 * same numbers for everyone. A hidden figure has no bar, only its mark.
 */
export function BarChart({ bars, caption }: { bars: readonly Bar[]; caption: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <figure className="sr-bars" aria-hidden="true">
      <figcaption className="sr-bars__caption">{caption}</figcaption>
      {bars.map((b) => (
        <div key={b.key} className="sr-bars__row">
          <span className="sr-bars__label">{b.label}</span>
          <span className="sr-bars__track">{b.value !== null && <span className="sr-bars__bar" style={{ inlineSize: `${(100 * b.value) / max}%` }} />}</span>
          <span className="sr-bars__value">
            <Figure value={b.value} />
          </span>
        </div>
      ))}
    </figure>
  );
}

/** The table of a chart: every figure per column, the rows' totals and, where they add up, the columns'. */
export function FigureTable({ table, caption, rowHeader }: { table: StatisticsTable; caption: string; rowHeader: string }) {
  const { t } = useTranslation('statistics');
  const captionId = useId();
  return (
    <div className="sr-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="sr-figure-table">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{rowHeader}</TableHeaderCell>
            {table.columns.map((c) => (
              <TableHeaderCell key={c.key} scope="col" className="sr-figure-table__number">
                {c.label}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="sr-figure-table__number">
              {t('total')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((r) => (
            <TableRow key={r.key}>
              <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
              {r.values.map((v, i) => (
                <TableCell key={table.columns[i]!.key} className="sr-figure-table__number">
                  <Figure value={v} />
                </TableCell>
              ))}
              <TableCell className="sr-figure-table__number">
                <Figure value={r.total} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        {table.totals && (
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t('total')}</TableHeaderCell>
              {table.totals.map((v, i) => (
                <TableCell key={table.columns[i]!.key} className="sr-figure-table__number">
                  <Figure value={v} />
                </TableCell>
              ))}
              <TableCell className="sr-figure-table__number">
                <Figure value={table.total} />
              </TableCell>
            </TableRow>
          </TableFooter>
        )}
      </Table>
    </div>
  );
}
