import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFeedback, feedbackInput, type FeedbackErrors, type FeedbackValues } from './feedback-outcome-fields';

/**
 * The shared behaviour of the two feedback forms (the partner's link and the AF recording a phone
 * answer): check the outcome fields, focus the first invalid one, send once, and hand a failure to
 * `describeError` for the message above the form.
 */
export function useFeedbackForm(options: {
  send: (input: ReturnType<typeof feedbackInput>) => Promise<unknown>;
  onDone: () => void;
  describeError: (error: unknown) => string;
  onError?: () => void;
}) {
  const { t } = useTranslation('signals');
  const [values, setValues] = useState<FeedbackValues>({ outcome: '', forwardedTo: '', note: '' });
  const [errors, setErrors] = useState<FeedbackErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkFeedback(values, t);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      await options.send(feedbackInput(values));
      options.onDone();
    } catch (error) {
      setFormError(options.describeError(error));
      options.onError?.();
    } finally {
      setBusy(false);
    }
  };

  return { values, setValues, errors, formError, busy, formRef, submit };
}
