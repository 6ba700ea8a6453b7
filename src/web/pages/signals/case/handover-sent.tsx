import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SentHandover } from '../../../api/signal-types';
import { CopyButton } from '../../../components/copy-button';

/**
 * After a handover: by e-mail, the partner has the link; by phone or secure mail, the AF passes
 * the one-time link on, so it is shown here once, with a copy button.
 */
export function HandoverSent({ sent, onAnother }: { sent: SentHandover; onAnother: () => void }) {
  const { t } = useTranslation('signals');
  const byEmail = sent.handover.channel === 'email';
  return (
    <div className="sr-handover-sent">
      <Alert type="ok">
        <Paragraph>
          {byEmail
            ? t('handover.sentEmail', { partner: sent.handover.partnerName, email: sent.handover.recipientEmail ?? '' })
            : t('handover.sentRecorded', { partner: sent.handover.partnerName, channel: t(`channel.${sent.handover.channel}`) })}
        </Paragraph>
      </Alert>
      {!byEmail && (
        <div className="sr-link-panel">
          <Paragraph>{t('handover.passLink')}</Paragraph>
          <p className="sr-link-panel__link">
            <code>{sent.feedbackLink}</code>
          </p>
          <CopyButton text={sent.feedbackLink} label={t('handover.copyLink')} />
          <Paragraph className="sr-hint">{t('handover.linkOnce')}</Paragraph>
        </div>
      )}
      <div className="sr-actions">
        <Button type="button" appearance="secondary-action-button" onClick={onAnother}>
          {t('handover.another')}
        </Button>
      </div>
    </div>
  );
}
