import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_FILTER } from '../../../../domain/signal/workflow';
import { ApiError } from '../../../api/client';
import { addToMeeting, inbox } from '../../../api/signals-api';
import type { Meeting } from '../../../api/signal-types';
import { FormAlert } from '../../../components/form-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatDay } from '../../../components/signals/format-moment';
import { SelectField } from '../../../components/form/select-field';
import { useStateLabel } from '../../../components/signals/use-state-label';

/** Puts one of the municipality's signals on this meeting's agenda (by reference only). */
export function AddSignalForm({ meeting, onChanged }: { meeting: Meeting; onChanged: (meeting: Meeting | null, message: string) => void }) {
  const { t, i18n } = useTranslation('signals');
  const stateLabel = useStateLabel();
  // The open signals, as many as one page holds (the server's maximum): a choice list is no place
  // for the municipality's whole history, and a closed signal is not discussed again.
  const signals = useQuery({ queryKey: ['inbox', 'agenda'], queryFn: () => inbox({ state: OPEN_FILTER }, { limit: 200 }) });
  const [signalId, setSignalId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onAgenda = new Set(meeting.items.map((i) => i.signalId));
  const candidates = signals.data?.items.filter((s) => !onAgenda.has(s.id)) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!signalId) {
      setFieldError(t('meeting.chooseSignal'));
      document.getElementById('agenda-signaal')?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    setError(null);
    try {
      const next = await addToMeeting(meeting.id, signalId);
      const reference = candidates.find((c) => c.id === signalId)?.reference ?? '';
      setSignalId('');
      onChanged(next, t('meeting.added', { reference }));
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="agenda-toevoegen" className="sr-section sr-panel">
      <Heading2 id="agenda-toevoegen">{t('meeting.addHeading')}</Heading2>
      {signals.isPending && <LoadingState />}
      {signals.data && candidates.length === 0 && <Paragraph>{t('meeting.noCandidates')}</Paragraph>}
      {candidates.length > 0 && (
        <form onSubmit={(event) => void submit(event)} noValidate className="sr-form">
          <FormAlert message={error} />
          <SelectField id="agenda-signaal" label={t('meeting.signal')} value={signalId} onValueChange={setSignalId} error={fieldError} className="sr-field">
            <option value="">{t('meeting.chooseOption')}</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.reference} – {formatDay(s.receivedAt, i18n.language)} – {stateLabel(s.state)}
              </option>
            ))}
          </SelectField>
          <div className="sr-actions">
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('meeting.add')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
