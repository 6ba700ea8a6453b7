import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../../api/queries';
import { getMeeting } from '../../../api/signals-api';
import type { Meeting } from '../../../api/signal-types';
import { AppLink } from '../../../components/app-link';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { formatDay } from '../../../components/signals/format-moment';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { AddSignalForm } from './add-signal-form';
import { AgendaItemCard } from './agenda-item-card';

/** A meeting with its agenda; after each change a message that takes focus. */
export function MeetingView({ id }: { id: string }) {
  const { t, i18n } = useTranslation('signals');
  const queryClient = useQueryClient();
  const meeting = useQuery({ queryKey: ['meeting', id], queryFn: () => getMeeting(id) });
  const knowledge = useKnowledge();
  const noticeRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState('');
  useDocumentTitle(meeting.data ? meeting.data.title : t('meeting.loadingTitle'));

  const changed = (next: Meeting | null, message: string) => {
    if (next) queryClient.setQueryData(['meeting', id], next);
    else void queryClient.invalidateQueries({ queryKey: ['meeting', id] });
    void queryClient.invalidateQueries({ queryKey: ['meetings'] });
    setNotice(message);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) {
    return (
      <div className="sr-container">
        <Heading1>{t('meeting.loadingTitle')}</Heading1>
        <QueryError error={meeting.error} />
      </div>
    );
  }
  const data = meeting.data;
  return (
    <div className="sr-container">
      <Paragraph>
        <AppLink to="/overleggen">{t('meeting.back')}</AppLink>
      </Paragraph>
      <Heading1>{data.title}</Heading1>
      <Paragraph lead>{t('meeting.heldOn', { date: formatDay(data.heldOn, i18n.language) })}</Paragraph>
      <div ref={noticeRef} tabIndex={-1} role="status" className="sr-form-alert sr-case__notice">
        {notice && (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <Heading2>{t('meeting.agenda')}</Heading2>
      <Paragraph>{t('meeting.pseudonymised')}</Paragraph>
      {data.items.length === 0 ? (
        <Paragraph>{t('meeting.empty')}</Paragraph>
      ) : (
        <ol className="sr-plain-list sr-agenda">
          {data.items.map((item, index) => (
            <li key={item.signalId}>
              <AgendaItemCard meetingId={data.id} item={item} number={index + 1} knowledge={knowledge.data ?? null} onChanged={changed} />
            </li>
          ))}
        </ol>
      )}
      <AddSignalForm meeting={data} onChanged={changed} />
    </div>
  );
}
