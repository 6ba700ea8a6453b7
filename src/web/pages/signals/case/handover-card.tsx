import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading3, Link } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handoverPrintUrl } from '../../../api/signals-api';
import type { Handover } from '../../../api/signal-types';
import { formatDay, formatMoment } from '../../../components/signals/format-moment';
import type { CaseChange } from './case-view';
import { FeedbackRecordForm } from './feedback-record-form';

/** One handover, with its due date, a late marker, the feedback, and recording phone feedback. */
export function HandoverCard({ signalId, handover, onChanged }: { signalId: string; handover: Handover; onChanged: (change: CaseChange) => void }) {
  const { t, i18n } = useTranslation('signals');
  const headingId = useId();
  const [recording, setRecording] = useState(false);
  const lang = i18n.language;
  return (
    <article className={handover.overdue ? 'sr-card sr-handover sr-handover--overdue' : 'sr-card sr-handover'} aria-labelledby={headingId}>
      <Heading3 id={headingId} className="sr-handover__title">
        {handover.partnerName}
      </Heading3>
      {handover.overdue && <p className="sr-overdue">{t('handovers.overdue', { date: formatDay(handover.dueAt, lang) })}</p>}
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('handovers.channel')}</DataListKey>
          <DataListValue>
            {t(`channel.${handover.channel}`)}
            {handover.recipientEmail && <span className="sr-break"> ({handover.recipientEmail})</span>}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('handovers.sentAt')}</DataListKey>
          <DataListValue>{formatMoment(handover.sentAt, lang)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('handovers.dueAt')}</DataListKey>
          <DataListValue>{formatDay(handover.dueAt, lang)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('handovers.parts')}</DataListKey>
          <DataListValue>{handover.parts.map((p) => t(`part.${p}`)).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('handovers.feedback')}</DataListKey>
          <DataListValue>
            {handover.feedback ? (
              <span className="sr-feedback-received">
                <strong>{t(`outcome.${handover.feedback.outcome}`)}</strong>
                {handover.feedback.forwardedTo && <> {t('handovers.forwardedTo', { to: handover.feedback.forwardedTo })}</>}
                {' · '}
                {formatMoment(handover.feedback.at, lang)}
                {handover.feedback.note && <span className="sr-pre-line sr-feedback-received__note">{handover.feedback.note}</span>}
              </span>
            ) : (
              t('handovers.noFeedback')
            )}
          </DataListValue>
        </DataListItem>
      </DataList>
      <div className="sr-actions sr-actions--tight">
        <Link href={handoverPrintUrl(signalId, handover.id)} target="_blank" rel="noopener">
          {t('handovers.print')}
          <span className="sr-visually-hidden"> ({t('handovers.newWindow')})</span>
        </Link>
        {!handover.feedback && !recording && (
          <Button type="button" appearance="secondary-action-button" aria-expanded={false} onClick={() => setRecording(true)}>
            {t('handovers.record')}
          </Button>
        )}
      </div>
      {recording && (
        <FeedbackRecordForm
          signalId={signalId}
          handover={handover}
          onCancel={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            onChanged({ message: t('handovers.recorded', { partner: handover.partnerName }) });
          }}
        />
      )}
    </article>
  );
}
