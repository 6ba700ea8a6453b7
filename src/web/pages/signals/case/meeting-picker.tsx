import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { addToMeeting, listMeetings } from '../../../api/signals-api';
import type { SignalCase } from '../../../api/signal-types';
import { AppLink } from '../../../components/app-link';
import { FormAlert } from '../../../components/form-alert';
import { LoadingState } from '../../../components/loading-state';
import { formatDay } from '../../../components/signals/format-moment';
import { SelectField } from '../../../components/form/select-field';
import type { CaseChange } from './case-view';

/** Puts the signal on the agenda of a signal meeting (pseudonymised there). */
export function MeetingPicker({ signal, onChanged }: { signal: SignalCase; onChanged: (change: CaseChange) => void }) {
  const { t, i18n } = useTranslation('signals');
  const meetings = useQuery({ queryKey: ['meetings'], queryFn: listMeetings });
  const [meetingId, setMeetingId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (meetings.isPending) return <LoadingState />;
  if (meetings.isError || meetings.data.length === 0) {
    return (
      <Paragraph>
        {t('meetingPicker.none')} <AppLink to="/overleggen">{t('meetingPicker.plan')}</AppLink>
      </Paragraph>
    );
  }
  const chosen = meetingId || meetings.data[0]!.id;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await addToMeeting(chosen, signal.id);
      const meeting = meetings.data.find((m) => m.id === chosen);
      onChanged({ message: t('meetingPicker.added', { title: meeting?.title ?? '' }) });
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="sr-form">
      <Paragraph>{t('meetingPicker.intro')}</Paragraph>
      <FormAlert message={error} />
      <div className="sr-field-row sr-field-row--end">
        <SelectField id="overleg-kiezen" label={t('meetingPicker.meeting')} value={chosen} onValueChange={setMeetingId} className="sr-field">
          {meetings.data.map((m) => (
            <option key={m.id} value={m.id}>
              {formatDay(m.heldOn, i18n.language)} – {m.title}
            </option>
          ))}
        </SelectField>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('meetingPicker.add')}
        </Button>
      </div>
    </form>
  );
}
