import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types';
import { dutchDate } from '../../../domain/time/dutch-calendar';
import { formatDate } from '../../lib/format-date';
import { formatDateTime } from '../../lib/format-date-time';
import { actionKey } from './audit-actions';

/** Details hold ids and field names only (never names or addresses); shown compactly. */
function detailsText(details: Record<string, unknown>): string {
  const entries = Object.entries(details);
  if (entries.length === 0) return '';
  return entries.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join('; ');
}

/**
 * The events found. Seven columns do not fit a phone, so the table scrolls sideways inside a
 * labelled, focusable region (keyboard users can scroll it too); the page itself never does.
 */
export function AuditTable({ events, label }: { events: AuditEvent[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="sr-table-scroll" role="region" aria-label={label} tabIndex={0}>
      <Table className="sr-audit-table">
        <TableCaption className="sr-visually-hidden">{label}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.at')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.user')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.object')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.result')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.origin')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.details')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell className="sr-nowrap">
                {/* What a reporter did is shielded: only its day is known here (ADR 11). */}
                {event.shielded ? (
                  <time dateTime={dutchDate(new Date(event.at))}>{formatDate(dutchDate(new Date(event.at)), i18n.language)}</time>
                ) : (
                  <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
                )}
              </TableCell>
              <TableCell>{event.actorName ?? t(`auditActors.${event.actor}`, { defaultValue: event.actor })}</TableCell>
              {/* In plain words; an action this version has no words for yet shows its code. */}
              <TableCell>{t(actionKey(event.action), { defaultValue: event.action })}</TableCell>
              <TableCell>
                {event.objectType ? (
                  <>
                    {t(`auditObjects.${event.objectType}`, { defaultValue: event.objectType })}
                    {event.objectId && (
                      <>
                        <br />
                        <code className="sr-code-small">{event.objectId}</code>
                      </>
                    )}
                  </>
                ) : (
                  '—'
                )}
                {event.reference && (
                  <>
                    <br />
                    {t('audit.shieldedReference')} <code className="sr-code-small">{event.reference}</code>
                  </>
                )}
              </TableCell>
              <TableCell>{t(`auditResults.${event.result}`, { defaultValue: event.result })}</TableCell>
              <TableCell>{event.origin ?? '—'}</TableCell>
              <TableCell className="sr-audit-table__details">{detailsText(event.details)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
