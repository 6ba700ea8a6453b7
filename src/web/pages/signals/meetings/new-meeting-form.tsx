import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { createMeeting } from '../../../api/signals-api';
import { FormAlert } from '../../../components/form-alert';
import { TextField } from '../../../components/form/text-field';

/** Plans a meeting: a date and a title (without names: the agenda may be shown to partners). */
export function NewMeetingForm() {
  const { t } = useTranslation('signals');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [heldOn, setHeldOn] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ heldOn?: string; title?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { heldOn?: string; title?: string } = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) found.heldOn = t('meetings.dateRequired');
    if (!title.trim()) found.title = t('meetings.titleRequired');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const meeting = await createMeeting(heldOn, title.trim());
      void queryClient.invalidateQueries({ queryKey: ['meetings'] });
      navigate(`/overleggen/${encodeURIComponent(meeting.id)}`);
    } catch (error) {
      setFormError(error instanceof ApiError && error.message ? error.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="overleg-plannen" className="sr-section sr-panel">
      <Heading2 id="overleg-plannen">{t('meetings.newHeading')}</Heading2>
      <Paragraph>{t('meetings.newIntro')}</Paragraph>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="sr-form">
        <FormAlert message={formError} />
        <TextField id="overleg-datum" type="date" label={t('meetings.date')} value={heldOn} onValueChange={setHeldOn} error={errors.heldOn} className="sr-field sr-field--date" />
        <TextField id="overleg-titel" label={t('meetings.titleLabel')} description={t('meetings.titleHelp')} value={title} onValueChange={setTitle} error={errors.title} autoComplete="off" className="sr-field" />
        <div className="sr-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('meetings.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
