import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeletionLogEntry } from '../../../../domain/retention';
import { getDeletionLog } from '../../../api/signals-api';
import type { SignalState } from '../../../api/signal-types';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { formatMoment } from '../../../components/signals/format-moment';
import { useStateLabel } from '../../../components/signals/use-state-label';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';

/**
 * What retention deleted, newest first: metadata only. Seven columns: between phone and desktop
 * width the table scrolls sideways in its own region; on a phone each line is a card.
 */
export function DeletionLog() {
  const { t, i18n } = useTranslation('signals');
  const stateLabel = useStateLabel();
  const captionId = useId();
  const log = useQuery({ queryKey: ['retention-deletions'], queryFn: getDeletionLog });
  if (log.isPending) return <LoadingState />;
  if (log.isError) return <QueryError error={log.error} />;
  if (log.data.length === 0) return <Paragraph>{t('deletions.logNone')}</Paragraph>;
  const lang = i18n.language;
  const columns = [
    t('deletions.colWhat'),
    t('deletions.colDeletedAt'),
    t('deletions.colKind'),
    t('deletions.colState'),
    t('deletions.colClosedOrImported'),
    t('deletions.colTermLength'),
    t('deletions.colSetBy'),
  ];
  const label = stackTableLabels(columns);
  const what = (e: DeletionLogEntry) => {
    if (e.objectType === 'signal') return e.reference;
    if (e.objectType === 'user') return t('deletions.accountAnonymised');
    if (e.objectType === 'register-import') return t('deletions.registerRows', { count: e.count, source: e.reference });
    return t('deletions.draftCount', { count: e.count });
  };
  const termLength = (e: DeletionLogEntry) => t(e.term === 'draft' ? 'deletions.days' : 'deletions.months', { count: e.termLength, term: t(`deletions.term.${e.term}`) });
  return (
    <div className="sr-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table role="table" className="sr-stack-table sr-retention-table">
        <TableCaption id={captionId} className="sr-stack-table__caption">
          {t('deletions.logCaption', { count: log.data.length })}
        </TableCaption>
        <StackTableHead columns={columns} />
        <TableBody role="rowgroup">
          {log.data.map((e) => (
            <TableRow key={`${e.batch}:${e.objectId ?? e.objectType}`} role="row">
              <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
                {label(0)}
                {what(e)}
              </TableHeaderCell>
              <TableCell role="cell">
                {label(1)}
                {formatMoment(e.deletedAt, lang)}
              </TableCell>
              <TableCell role="cell">
                {label(2)}
                {t(`deletions.kind.${e.objectType}`)}
              </TableCell>
              <TableCell role="cell">
                {label(3)}
                {e.state ? stateLabel(e.state as SignalState) : '—'}
              </TableCell>
              <TableCell role="cell">
                {label(4)}
                {e.closedAt ? formatMoment(e.closedAt, lang) : '—'}
              </TableCell>
              <TableCell role="cell">
                {label(5)}
                {termLength(e)}
              </TableCell>
              <TableCell role="cell">
                {label(6)}
                {e.termSetByUserId ? (
                  <>
                    {t('deletions.setByUser')} <code className="sr-code-small">{e.termSetByUserId}</code>
                  </>
                ) : (
                  t('deletions.setByDefault')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
