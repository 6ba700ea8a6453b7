import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../../components/form/textarea-field';

interface Props {
  id: string;
  label: string;
  description: string;
  submitLabel: string;
  requiredMessage: string;
  onSubmit: (text: string) => void;
  onCancel: () => void;
  initial?: string;
  /** The most characters the API takes; the field takes no more. */
  maxLength?: number;
}

/** A short form for one text (a reason, a message, a note); the text stays if sending fails. */
export function EventTextForm({ id, label, description, submitLabel, requiredMessage, onSubmit, onCancel, initial = '', maxLength }: Props) {
  const { t } = useTranslation('signals');
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(requiredMessage);
      ref.current?.focus();
      return;
    }
    setError(null);
    onSubmit(text);
  };
  return (
    <form onSubmit={submit} noValidate className="sr-form sr-inline-form">
      <TextareaField
        id={id}
        label={label}
        description={description}
        value={text}
        onValueChange={setText}
        error={error}
        textareaRef={ref}
        rows={4}
        maxLength={maxLength}
        className="sr-field"
      />
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button">
          {submitLabel}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
