import { Paragraph, Table, TableBody, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxSignal } from '../../../api/signal-types';
import { AppLink } from '../../../components/app-link';
import { formatDay, formatMoment } from '../../../components/signals/format-moment';
import { StateBadge } from '../../../components/signals/state-badge';
import { UrgentMarker } from '../../../components/signals/urgent-marker';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';

/**
 * The signals as a table on wide screens and as cards on a phone (the shared stack-table CSS);
 * explicit roles keep the table semantics for screen readers either way. One count above it names
 * the table and is announced after filtering. Between phone and desktop width the table scrolls
 * sideways in its own region rather than breaking words.
 */
export function InboxTable({ signals, onlyOpen, filtered, busy }: { signals: InboxSignal[]; onlyOpen: boolean; filtered: boolean; busy: boolean }) {
  const { t, i18n } = useTranslation('signals');
  const countId = useId();
  const columns = [t('inbox.colUrgent'), t('inbox.colReference'), t('inbox.colReceived'), t('inbox.colState'), t('inbox.colForms'), t('inbox.colHandovers'), t('inbox.colFeedback')];
  const label = stackTableLabels(columns);
  if (signals.length === 0) return <Paragraph role="status">{filtered ? t('inbox.noneFiltered') : onlyOpen ? t('inbox.noneOpen') : t('inbox.none')}</Paragraph>;
  return (
    <>
      {/* The count as a status: after filtering, a screen reader hears how many signals are left. */}
      <Paragraph role="status" id={countId} className="sr-inbox-count">
        {t(onlyOpen ? 'inbox.countOpen' : 'inbox.caption', { count: signals.length })}
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
                  <AppLink to={`/signalen/${encodeURIComponent(signal.id)}`}>{signal.reference}</AppLink>
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
    </>
  );
}
