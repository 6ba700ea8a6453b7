import { Button, Paragraph, Table, TableBody, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxPage, InboxSignal } from '../../../api/signal-types';
import { AppLink } from '../../../components/app-link';
import { FormAlert } from '../../../components/form-alert';
import { formatDay, formatMoment } from '../../../components/signals/format-moment';
import { StateBadge } from '../../../components/signals/state-badge';
import { UrgentMarker } from '../../../components/signals/urgent-marker';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';

export interface MoreControl {
  onMore: () => void;
  loading: boolean;
  failed: boolean;
}

/** The link of a row, found again to move focus to the first row of a page just loaded. */
const linkId = (id: string) => `inbox-signal-${id}`;

/**
 * The signals as a table on wide screens and as cards on a phone (the shared stack-table CSS);
 * explicit roles keep the table semantics for screen readers either way. One count above it names
 * the table and is announced after filtering and after each "Meer laden": how many match, and how
 * many of them are shown. Between phone and desktop width the table scrolls sideways in its own
 * region rather than breaking words. After "Meer laden" focus goes to the first signal it added,
 * so a keyboard user carries on where the new rows begin.
 */
export function InboxTable({
  signals,
  total,
  onlyOpen,
  filtered,
  busy,
  more,
  focusFrom,
  onFocused,
}: {
  signals: InboxSignal[];
  total: InboxPage['total'];
  onlyOpen: boolean;
  filtered: boolean;
  busy: boolean;
  more: MoreControl | null;
  focusFrom: number | null;
  onFocused: () => void;
}) {
  const { t, i18n } = useTranslation('signals');
  const countId = useId();
  const columns = [t('inbox.colUrgent'), t('inbox.colReference'), t('inbox.colReceived'), t('inbox.colState'), t('inbox.colForms'), t('inbox.colHandovers'), t('inbox.colFeedback')];
  const label = stackTableLabels(columns);
  const target = focusFrom === null ? undefined : signals[focusFrom];
  useEffect(() => {
    if (!target) return;
    document.getElementById(linkId(target.id))?.focus();
    onFocused();
  }, [target, onFocused]);
  if (signals.length === 0) return <Paragraph role="status">{filtered ? t('inbox.noneFiltered') : onlyOpen ? t('inbox.noneOpen') : t('inbox.none')}</Paragraph>;
  const matching = total?.count ?? signals.length;
  const count = total?.capped
    ? t(onlyOpen ? 'inbox.countOpenMore' : 'inbox.captionMore', { number: matching.toLocaleString(i18n.language) })
    : t(onlyOpen ? 'inbox.countOpen' : 'inbox.caption', { count: matching });
  const partly = total?.capped || signals.length < matching;
  return (
    <>
      {/* The count as a status: after filtering or loading more, a screen reader hears it. */}
      <Paragraph role="status" id={countId} className="sr-inbox-count">
        {count}
        {partly && t('inbox.shown', { count: signals.length })}
      </Paragraph>
      <div className="sr-table-scroll" role="region" aria-labelledby={countId} tabIndex={0}>
        <Table role="table" className="sr-stack-table sr-inbox-table" busy={busy} aria-labelledby={countId}>
          <StackTableHead columns={columns} />
          <TableBody role="rowgroup">
            {signals.map((signal) => (
              <TableRow key={signal.id} role="row" className={signal.urgent ? 'sr-inbox-row sr-inbox-row--urgent' : 'sr-inbox-row'}>
                <TableCell role="cell">
                  {label(0)}
                  {signal.urgent ? <UrgentMarker /> : <span className="sr-muted">{t('inbox.notUrgent')}</span>}
                </TableCell>
                <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
                  {label(1)}
                  <AppLink id={linkId(signal.id)} to={`/signalen/${encodeURIComponent(signal.id)}`}>
                    {signal.reference}
                  </AppLink>
                </TableHeaderCell>
                <TableCell role="cell">
                  {label(2)}
                  {formatMoment(signal.receivedAt, i18n.language)}
                </TableCell>
                <TableCell role="cell">
                  {label(3)}
                  <StateBadge state={signal.state} />
                </TableCell>
                <TableCell role="cell">
                  {label(4)}
                  {signal.forms.map((f) => t(`form.${f}`)).join(', ')}
                </TableCell>
                <TableCell role="cell">
                  {label(5)}
                  {signal.handovers}
                </TableCell>
                <TableCell role="cell">
                  {label(6)}
                  {signal.overdueHandovers > 0 ? (
                    <span className="sr-overdue">
                      {t('inbox.overdue')}
                      {signal.nextDueAt && <> ({t('inbox.dueOn', { date: formatDay(signal.nextDueAt, i18n.language) })})</>}
                    </span>
                  ) : signal.nextDueAt ? (
                    t('inbox.dueOn', { date: formatDay(signal.nextDueAt, i18n.language) })
                  ) : (
                    <span className="sr-muted">–</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {more && (
        <>
          <div role="alert">
            <FormAlert message={more.failed ? t('inbox.moreFailed') : null} />
          </div>
          <div className="sr-actions">
            <Button type="button" appearance="secondary-action-button" busy={more.loading} aria-describedby={countId} onClick={() => !more.loading && more.onMore()}>
              {more.loading ? t('inbox.loadingMore') : t('inbox.more')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
