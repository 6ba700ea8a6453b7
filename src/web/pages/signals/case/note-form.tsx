import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { addNote } from '../../../api/signals-api';
import type { SignalCase } from '../../../api/signal-types';
import { FormAlert } from '../../../components/form-alert';
import { EventTextForm } from './event-text-form';

/** A note, or a correction of an entry; the text stays in the field when saving fails. */
export function NoteForm({
  signalId,
  correcting,
  onCancel,
  onDone,
}: {
  signalId: string;
  correcting: { id: number; label: string } | null;
  onCancel: () => void;
  onDone: (signal: SignalCase) => void;
}) {
  const { t } = useTranslation('signals');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (text: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await addNote(signalId, text.trim(), correcting?.id));
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sr-note-form">
      {correcting && (
        <Alert type="info">
          <Paragraph>{t('history.correctingIntro', { entry: correcting.label })}</Paragraph>
        </Alert>
      )}
      <FormAlert message={error} />
      <EventTextForm
        id={correcting ? `correctie-${correcting.id}` : 'notitie-nieuw'}
        label={correcting ? t('history.correctionLabel') : t('history.noteLabel')}
        description={correcting ? t('history.correctionHelp') : t('history.noteHelp')}
        submitLabel={correcting ? t('history.saveCorrection') : t('history.saveNote')}
        requiredMessage={t('history.textRequired')}
        onSubmit={(text) => void save(text)}
        onCancel={onCancel}
      />
    </div>
  );
}
