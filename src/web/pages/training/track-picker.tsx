import { Button } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseView } from '../../../domain/training/course';
import type { TrainingTrack } from '../../../domain/training/tracks';
import { RadioField } from '../../components/form/choice-field';
import { ChoiceFieldset } from '../../components/form/choice-group';

/** The trainee picks their job first: the cases are written per job. */
export function TrackPicker({ tracks, initial, onPick }: { tracks: CourseView['tracks']; initial: TrainingTrack | null; onPick: (track: TrainingTrack) => void }) {
  const { t } = useTranslation('training');
  const id = useId();
  const [selected, setSelected] = useState<TrainingTrack | null>(initial);
  const [missing, setMissing] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) {
      setMissing(true);
      firstRef.current?.focus();
      return;
    }
    onPick(selected);
  };
  return (
    <form onSubmit={submit} noValidate className="sr-form sr-training-tracks">
      <ChoiceFieldset id={id} legend={t('trackLegend')} description={t('trackHint')} error={missing ? t('trackRequired') : null}>
        {tracks.map((track, index) => (
          <RadioField
            key={track.id}
            id={`${id}-${track.id}`}
            inputRef={index === 0 ? firstRef : undefined}
            name="functie"
            value={track.id}
            label={
              <>
                <span className="sr-training-track__name">{track.name}</span>
                <span className="sr-training-track__description">{track.description}</span>
              </>
            }
            checked={selected === track.id}
            invalid={missing}
            onChange={() => {
              setSelected(track.id);
              setMissing(false);
            }}
          />
        ))}
      </ChoiceFieldset>
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button">
          {t('start')}
        </Button>
      </div>
    </form>
  );
}
