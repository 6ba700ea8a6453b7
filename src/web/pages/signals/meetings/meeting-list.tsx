import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMeetings } from '../../../api/signals-api';
import { AppLink } from '../../../components/app-link';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { formatDay } from '../../../components/signals/format-moment';
import { StackTableHead, stackTableLabels } from '../../../components/stack-table';

/** The meetings, most recent first: a table on wide screens, cards on a phone. */
export function MeetingList() {
  const { t, i18n } = useTranslation('signals');
  const meetings = useQuery({ queryKey: ['meetings'], queryFn: listMeetings });
  if (meetings.isPending) return <LoadingState />;
  if (meetings.isError) return <QueryError error={meetings.error} />;
  if (meetings.data.length === 0) {
    return (
      <>
        <Heading2>{t('meetings.listHeading')}</Heading2>
        <Paragraph>{t('meetings.none')}</Paragraph>
      </>
    );
  }
  const columns = [t('meetings.colDate'), t('meetings.colTitle'), t('meetings.colSignals'), t('meetings.colDecided')];
  const label = stackTableLabels(columns);
  return (
    <>
      <Heading2>{t('meetings.listHeading')}</Heading2>
      <Table role="table" className="sr-stack-table">
        <TableCaption className="sr-visually-hidden">{t('meetings.listHeading')}</TableCaption>
        <StackTableHead columns={columns} />
        <TableBody role="rowgroup">
          {meetings.data.map((m) => (
            <TableRow key={m.id} role="row">
              <TableCell role="cell">
                {label(0)}
                {formatDay(m.heldOn, i18n.language)}
              </TableCell>
              <TableHeaderCell role="rowheader" scope="row" className="sr-stack-table__title">
                {label(1)}
                <AppLink to={`/overleggen/${encodeURIComponent(m.id)}`}>{m.title}</AppLink>
              </TableHeaderCell>
              <TableCell role="cell">
                {label(2)}
                {m.signals}
              </TableCell>
              <TableCell role="cell">
                {label(3)}
                {m.decided}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
