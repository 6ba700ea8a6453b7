import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SignalCase, SignalHistoryEvent } from '../../../api/signal-types';

/** What an entry's data says, for the kinds that carry something worth reading. */
export function EventDetails({ event, signal }: { event: SignalHistoryEvent; signal: SignalCase }) {
  const { t } = useTranslation('signals');
  const d = event.data;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const partner = (handoverId: unknown, partnerId: unknown) => signal.handovers.find((h) => h.id === handoverId)?.partnerName ?? str(partnerId) ?? '';
  let text: string | null = null;
  if (event.kind === 'route-gekozen' && str(d.outcomeTitle)) text = t('history.route', { outcome: str(d.outcomeTitle) });
  if (event.kind === 'overdracht') text = t('history.handover', { partner: partner(d.handoverId, d.partnerId), channel: t(`channel.${str(d.channel) ?? 'email'}`) });
  if (event.kind === 'terugkoppeling-ontvangen' && str(d.outcome)) text = t('history.feedback', { partner: partner(d.handoverId, d.partnerId), outcome: t(`outcome.${str(d.outcome)}`) });
  if (event.kind === 'meldcode-stap' && typeof d.step === 'number') text = t('history.meldcode', { step: d.step, title: str(d.title) ?? '' });
  if (event.kind === 'ingediend' && d.urgent === true) text = t('history.urgent');
  return text ? <Paragraph className="sr-timeline__details">{text}</Paragraph> : null;
}
