import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { saveSettings } from '../../../api/signals-api';
import type { MunicipalitySettings } from '../../../api/signal-types';
import { FEEDBACK_DAYS_RANGE, parseFeedbackDays } from '../../../../domain/signal/handover';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/form/text-field';

/** The feedback term, checked in the browser and saved by the beheerder. */
export function SettingsForm({ initial }: { initial: MunicipalitySettings }) {
  const { t } = useTranslation('signals');
  const queryClient = useQueryClient();
  const [days, setDays] = useState(String(initial.feedbackDays));
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; type: 'ok' | 'error' } | null>(null);
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseFeedbackDays(days);
    if (value === null) {
      setError(t('settings.daysInvalid', FEEDBACK_DAYS_RANGE));
      document.getElementById('instelling-termijn')?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const saved = await saveSettings({ feedbackDays: value });
      queryClient.setQueryData(['settings'], saved);
      setMessage({ text: t('settings.saved', { count: saved.feedbackDays }), type: 'ok' });
    } catch (e) {
      setMessage({ text: e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'), type: 'error' });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => messageRef.current?.focus());
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="sr-form">
      <FormAlert ref={messageRef} message={message?.text ?? null} type={message?.type ?? 'ok'} />
      <TextField
        id="instelling-termijn"
        label={t('settings.days')}
        description={t('settings.daysHelp', FEEDBACK_DAYS_RANGE)}
        inputMode="numeric"
        value={days}
        onValueChange={setDays}
        error={error}
        className="sr-field sr-field--short"
      />
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
