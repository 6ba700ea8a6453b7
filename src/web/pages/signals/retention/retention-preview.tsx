import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RetentionPreview as Preview } from '../../../../domain/retention';
import { getRetentionPreview } from '../../../api/signals-api';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { formatDay, formatMoment } from '../../../components/signals/format-moment';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';

/**
 * The dry run: which signals reach the end of their term within the coming week, and which of
 * them a legal hold keeps; the drafts only as a number per day; the imports of the municipality's
 * own registers that go.
 */
export function RetentionPreview() {
  const { t, i18n } = useTranslation('signals');
  const preview = useQuery({ queryKey: ['retention-preview'], queryFn: getRetentionPreview });
  if (preview.isPending) return <LoadingState />;
  if (preview.isError) return <QueryError error={preview.error} />;
  const until = formatDay(preview.data.until, i18n.language);
  return (
    <>
      <Paragraph>{t('deletions.previewIntro', { until })}</Paragraph>
      {preview.data.signals.length === 0 ? <Paragraph>{t('deletions.signalsNone')}</Paragraph> : <SignalsTable signals={preview.data.signals} until={until} />}
      {preview.data.drafts.length === 0 ? <Paragraph>{t('deletions.draftsNone')}</Paragraph> : <DraftsTable drafts={preview.data.drafts} until={until} />}
      {preview.data.registerImports.length === 0 ? (
        <Paragraph>{t('deletions.registerNone')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('deletions.registerHint')}</Paragraph>
          <RegisterImportsTable imports={preview.data.registerImports} until={until} />
        </>
      )}
    </>
  );
}

function SignalsTable({ signals, until }: { signals: Preview['signals']; until: string }) {
  const { t, i18n } = useTranslation('signals');
  const lang = i18n.language;
  const columns = [t('deletions.colReference'), t('deletions.colClosedAt'), t('deletions.colTerm'), t('deletions.colDueAt'), t('deletions.colHold')];
  const label = stackTableLabels(columns);
  return (
    <Table role="table" className="sr-stack-table sr-retention-table">
      <TableCaption className="sr-stack-table__caption">{t('deletions.signalsCaption', { count: signals.length, until })}</TableCaption>
      <StackTableHead columns={columns} />
      <TableBody role="rowgroup">
        {signals.map((s) => (
          <TableRow key={s.reference} role="row">
            <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
              {label(0)}
              {s.reference}
            </TableHeaderCell>
            <TableCell role="cell">
              {label(1)}
              {formatMoment(s.closedAt, lang)}
            </TableCell>
            <TableCell role="cell">
              {label(2)}
              {t(`deletions.term.${s.term}`)}
            </TableCell>
            <TableCell role="cell">
              {label(3)}
              {formatDay(s.dueAt, lang)}
            </TableCell>
            <TableCell role="cell">
              {label(4)}
              {s.holdSince ? t('deletions.holdYes', { since: formatMoment(s.holdSince, lang) }) : t('deletions.holdNo')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The drafts per day they go (the API counts them per moment; a day is what a reader needs). */
function DraftsTable({ drafts, until }: { drafts: Preview['drafts']; until: string }) {
  const { t, i18n } = useTranslation('signals');
  const perDay = new Map<string, number>();
  for (const { dueAt, count } of drafts) {
    const day = formatDay(dueAt, i18n.language);
    perDay.set(day, (perDay.get(day) ?? 0) + count);
  }
  const columns = [t('deletions.colDueAt'), t('deletions.colDraftCount')];
  const label = stackTableLabels(columns);
  return (
    <Table role="table" className="sr-stack-table sr-retention-table">
      <TableCaption className="sr-stack-table__caption">{t('deletions.draftsCaption', { until })}</TableCaption>
      <StackTableHead columns={columns} />
      <TableBody role="rowgroup">
        {[...perDay].map(([day, count]) => (
          <TableRow key={day} role="row">
            <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
              {label(0)}
              {day}
            </TableHeaderCell>
            <TableCell role="cell">
              {label(1)}
              {count}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The imports by their source, as the beheerder named it, and how many rows go: nothing of the rows. */
function RegisterImportsTable({ imports, until }: { imports: Preview['registerImports']; until: string }) {
  const { t, i18n } = useTranslation('signals');
  const lang = i18n.language;
  const columns = [t('deletions.colSource'), t('deletions.colImportedAt'), t('deletions.colRows'), t('deletions.colDueAt')];
  const label = stackTableLabels(columns);
  return (
    <Table role="table" className="sr-stack-table sr-retention-table">
      <TableCaption className="sr-stack-table__caption">{t('deletions.registerCaption', { count: imports.length, until })}</TableCaption>
      <StackTableHead columns={columns} />
      <TableBody role="rowgroup">
        {imports.map((i) => (
          <TableRow key={`${i.source}:${i.completedAt}`} role="row">
            <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
              {label(0)}
              {i.source}
            </TableHeaderCell>
            <TableCell role="cell">
              {label(1)}
              {formatMoment(i.completedAt, lang)}
            </TableCell>
            <TableCell role="cell">
              {label(2)}
              {i.rows.toLocaleString(lang)}
            </TableCell>
            <TableCell role="cell">
              {label(3)}
              {formatDay(i.dueAt, lang)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
