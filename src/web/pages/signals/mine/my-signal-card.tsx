import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySignal } from '../../../api/signal-types';
import { formatMoment } from '../../../components/signals/format-moment';
import { StateBadge } from '../../../components/signals/state-badge';
import { useEmailContext } from '../../../hooks/use-email';

/** One own signal: reference, date, status and the AF's messages to the reporter. */
export function MySignalCard({ signal }: { signal: MySignal }) {
  const { t, i18n } = useTranslation('signals');
  const email = useEmailContext();
  const headingId = useId();
  return (
    <article className="sr-card sr-my-signal" aria-labelledby={headingId}>
      <Heading2 id={headingId} className="sr-my-signal__reference">
        {signal.reference}
      </Heading2>
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('mine.received')}</DataListKey>
          <DataListValue>{formatMoment(signal.receivedAt, i18n.language)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mine.status')}</DataListKey>
          <DataListValue>
            <StateBadge state={signal.state} />
          </DataListValue>
        </DataListItem>
      </DataList>
      <Heading3>{t('mine.feedbackHeading')}</Heading3>
      {signal.feedback.length === 0 ? (
        <Paragraph>{t('mine.noFeedback', email)}</Paragraph>
      ) : (
        <ol className="sr-plain-list sr-feedback-list">
          {signal.feedback.map((item, index) => (
            <li key={`${item.at}-${index}`} className="sr-feedback-list__item">
              <Paragraph className="sr-feedback-list__at">{formatMoment(item.at, i18n.language)}</Paragraph>
              <Paragraph className="sr-feedback-list__text">{item.text}</Paragraph>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
