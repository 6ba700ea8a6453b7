import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { recordDecision, removeFromMeeting } from '../../../api/signals-api';
import type { AgendaItem, Meeting } from '../../../api/signal-types';
import type { KnowledgeView } from '../../../api/types';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { formatMoment } from '../../../components/signals/format-moment';
import { StateBadge } from '../../../components/signals/state-badge';
import { UrgentMarker } from '../../../components/signals/urgent-marker';
import { EventTextForm } from '../case/event-text-form';

interface Props {
  meetingId: string;
  item: AgendaItem;
  number: number;
  knowledge: KnowledgeView | null;
  onChanged: (meeting: Meeting | null, message: string) => void;
}

/** One signal on the agenda: what kind of signal it is, without anything that names anyone. */
export function AgendaItemCard({ meetingId, item, number, knowledge, onChanged }: Props) {
  const { t, i18n } = useTranslation('signals');
  const headingId = useId();
  const [deciding, setDeciding] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = item.summary;
  const formName = (id: string) => knowledge?.forms.find((f) => f.id === id)?.name ?? t(`form.${id}`, { defaultValue: id });
  const signalText = (id: string) => knowledge?.forms.flatMap((f) => f.signals).find((x) => x.id === id)?.text ?? id;
  const sectorName = (id: string) => knowledge?.sectors.find((x) => x.id === id)?.name ?? id;

  const decide = async (decision: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await recordDecision(meetingId, item.signalId, decision.trim());
      setDeciding(false);
      onChanged(next, t('meeting.decided', { reference: s.reference }));
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await removeFromMeeting(meetingId, item.signalId);
      setRemoving(false);
      onChanged(null, t('meeting.removed', { reference: s.reference }));
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
      setRemoving(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="sr-card sr-agenda-item" aria-labelledby={headingId}>
      <Heading3 id={headingId} className="sr-agenda-item__title">
        {t('meeting.item', { number, reference: s.reference })}
      </Heading3>
      <div className="sr-case__badges">
        <StateBadge state={item.state} />
        {s.acuteDanger && <UrgentMarker />}
      </div>
      <DataList className="sr-facts">
        <DataListItem>
          <DataListKey>{t('content.forms')}</DataListKey>
          <DataListValue>{s.forms.map(formName).join(', ')}</DataListValue>
        </DataListItem>
        {s.observedSignals.length > 0 && (
          <DataListItem>
            <DataListKey>{t('content.observedSignals')}</DataListKey>
            <DataListValue>{s.observedSignals.map(signalText).join('; ')}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('content.sector')}</DataListKey>
          <DataListValue>{s.sector ? sectorName(s.sector) : t('content.notGiven')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('content.persons')}</DataListKey>
          <DataListValue>
            {s.persons.length === 0
              ? t('content.noPersons')
              : s.persons
                  .map((p) => [p.label, t(`role.${p.role}`), p.estimatedAge !== null ? t('content.years', { count: p.estimatedAge }) : null].filter(Boolean).join(', '))
                  .join('; ')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('content.organisations')}</DataListKey>
          <DataListValue>{s.organisations}</DataListValue>
        </DataListItem>
        {s.addresses.length > 0 && (
          <DataListItem>
            <DataListKey>{t('meeting.places')}</DataListKey>
            <DataListValue>{s.addresses.join(', ')}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('meeting.decision')}</DataListKey>
          <DataListValue>{item.decided && item.decidedAt ? t('meeting.decisionRecorded', { at: formatMoment(item.decidedAt, i18n.language) }) : t('meeting.noDecision')}</DataListValue>
        </DataListItem>
      </DataList>
      <FormAlert message={error} />
      {deciding ? (
        <EventTextForm
          id={`besluit-${item.signalId}`}
          label={t('meeting.decisionLabel', { reference: s.reference })}
          description={t('meeting.decisionHelp')}
          submitLabel={busy ? t('common.sending') : t('meeting.saveDecision')}
          requiredMessage={t('meeting.decisionRequired')}
          onSubmit={(text) => void decide(text)}
          onCancel={() => setDeciding(false)}
        />
      ) : (
        <div className="sr-actions sr-actions--tight">
          <Button type="button" appearance="secondary-action-button" aria-expanded={false} onClick={() => setDeciding(true)}>
            {item.decided ? t('meeting.changeDecision') : t('meeting.recordDecision')}
            <span className="sr-visually-hidden"> {s.reference}</span>
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => setRemoving(true)}>
            {t('meeting.remove')}
            <span className="sr-visually-hidden"> {s.reference}</span>
          </Button>
          <AppLink to={`/signalen/${encodeURIComponent(item.signalId)}`}>{t('meeting.openCase', { reference: s.reference })}</AppLink>
        </div>
      )}
      <Paragraph className="sr-hint">{t('meeting.decisionWhere')}</Paragraph>
      <ConfirmDialog
        open={removing}
        title={t('meeting.removeTitle', { reference: s.reference })}
        confirmLabel={t('meeting.removeConfirm')}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(false)}
      >
        {t('meeting.removeText')}
      </ConfirmDialog>
    </article>
  );
}
