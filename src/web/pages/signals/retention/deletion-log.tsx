import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeletionLogEntry } from '../../../../domain/retention';
import { getDeletionLog } from '../../../api/signals-api';
import type { SignalState } from '../../../api/signal-types';
import { FormAlert } from '../../../components/form-alert';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { formatMoment } from '../../../components/signals/format-moment';
import { useStateLabel } from '../../../components/signals/use-state-label';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';

/**
 * What retention deleted, newest first: metadata only, a page at a time ("Meer laden" asks for the
 * next, older page; the caption, which names the table, says how many are shown and focus goes
 * to the first line added). Seven columns: between phone and desktop width the table scrolls
 * sideways in its own region; on a phone each line is a card.
 */
export function DeletionLog() {
  const { t, i18n } = useTranslation('signals');
  const stateLabel = useStateLabel();
  const captionId = useId();
  const log = useInfiniteQuery({
    queryKey: ['retention-deletions'],
    queryFn: ({ pageParam }) => getDeletionLog(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  });
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  // Where the lines of the page just loaded begin: focus goes to the first of them.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  useEffect(() => {
    if (focusFrom === null || log.isFetchingNextPage || entries.length <= focusFrom) return;
    document.getElementById(`${captionId}-${focusFrom}`)?.focus();
    setFocusFrom(null);
  }, [focusFrom, log.isFetchingNextPage, entries.length, captionId]);
  if (log.isPending) return <LoadingState />;
  if (log.isError) return <QueryError error={log.error} />;
  if (entries.length === 0) return <Paragraph>{t('deletions.logNone')}</Paragraph>;
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
  const more = () => {
    if (log.isFetchingNextPage) return;
    setFocusFrom(entries.length);
    void log.fetchNextPage();
  };
  const caption = t(log.hasNextPage ? 'deletions.logCaptionLatest' : 'deletions.logCaption', { count: entries.length });
  return (
    <>
      {/* After "Meer laden" a screen reader hears how many lines are shown now (the caption itself cannot be a live region). */}
      <p role="status" className="sr-visually-hidden">
        {log.data.pages.length > 1 ? caption : ''}
      </p>
      <div className="sr-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table role="table" className="sr-stack-table sr-retention-table">
          <TableCaption id={captionId} className="sr-stack-table__caption">
            {caption}
          </TableCaption>
          <StackTableHead columns={columns} />
          <TableBody role="rowgroup">
            {entries.map((e, i) => (
              <TableRow key={`${e.batch}:${e.objectId ?? e.objectType}`} role="row">
                {/* Focusable from script only: where focus lands after "Meer laden". */}
                <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title" id={`${captionId}-${i}`} tabIndex={-1}>
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
      {log.hasNextPage && (
        <>
          <div role="alert">
            <FormAlert message={log.isFetchNextPageError ? t('deletions.moreFailed') : null} />
          </div>
          <div className="sr-actions">
            <Button type="button" appearance="secondary-action-button" busy={log.isFetchingNextPage} aria-describedby={captionId} onClick={more}>
              {log.isFetchingNextPage ? t('deletions.loadingMore') : t('deletions.more')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
