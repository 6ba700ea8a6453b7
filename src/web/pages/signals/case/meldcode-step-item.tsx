import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { saveMeldcodeStep } from '../../../api/signals-api';
import type { MeldcodeStep } from '../../../api/signal-types';
import { FormAlert } from '../../../components/form-alert';
import { formatDay } from '../../../components/signals/format-moment';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import type { CaseChange } from './case-view';

/** Today as YYYY-MM-DD in Dutch time. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** One meldcode step: done or not, and the form to record it. */
export function MeldcodeStepItem({
  signalId,
  step,
  done,
  onChanged,
}: {
  signalId: string;
  step: { number: number; title: string; text: string | null };
  done: MeldcodeStep | null;
  onChanged: (change: CaseChange) => void;
}) {
  const { t, i18n } = useTranslation('signals');
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [doneOn, setDoneOn] = useState(done?.doneOn ?? today());
  const [note, setNote] = useState(done?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idBase = `meldcode-${step.number}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(doneOn)) {
      setFieldError(t('meldcode.dateRequired'));
      document.getElementById(`${idBase}-datum`)?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    setError(null);
    try {
      const next = await saveMeldcodeStep(signalId, step.number, doneOn, note.trim());
      setOpen(false);
      onChanged({ signal: next, message: t('meldcode.saved', { step: step.number }) });
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className={done ? 'sr-meldcode__step sr-meldcode__step--done' : 'sr-meldcode__step'}>
      <Heading3 id={headingId} className="sr-meldcode__title">
        {t('meldcode.stepTitle', { number: step.number, title: step.title })}
      </Heading3>
      {step.text && <Paragraph className="sr-hint">{step.text}</Paragraph>}
      <Paragraph className="sr-meldcode__status">
        {done ? t('meldcode.doneOn', { date: formatDay(done.doneOn, i18n.language) }) : t('meldcode.notDone')}
      </Paragraph>
      {done?.note && <Paragraph className="sr-pre-line">{done.note}</Paragraph>}
      {!open && (
        <Button type="button" appearance="secondary-action-button" aria-expanded={false} onClick={() => setOpen(true)}>
          {done ? t('meldcode.change', { number: step.number }) : t('meldcode.record', { number: step.number })}
        </Button>
      )}
      {open && (
        <form onSubmit={(event) => void submit(event)} noValidate className="sr-form sr-inline-form">
          <FormAlert message={error} />
          <TextField id={`${idBase}-datum`} type="date" label={t('meldcode.date')} value={doneOn} onValueChange={setDoneOn} error={fieldError} className="sr-field sr-field--date" autoFocus />
          <TextareaField id={`${idBase}-notitie`} label={t('meldcode.note')} value={note} onValueChange={setNote} rows={3} className="sr-field" />
          <div className="sr-actions">
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('meldcode.save', { number: step.number })}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
