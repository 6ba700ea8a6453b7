import { useTranslation } from 'react-i18next';
import { FEEDBACK_OUTCOMES } from '../../../domain/signal/handover';
import type { FeedbackOutcome } from '../../api/signal-types';
import { RadioGroup } from '../form/choice-group';
import { TextField } from '../form/text-field';
import { TextareaField } from '../form/textarea-field';

export interface FeedbackValues {
  outcome: FeedbackOutcome | '';
  forwardedTo: string;
  note: string;
}

export type FeedbackErrors = Partial<Record<keyof FeedbackValues, string>>;

/** The partner's answer: what was done with the signal, to whom it went, and a note. */
export function FeedbackOutcomeFields({ idPrefix, values, errors, onChange }: { idPrefix: string; values: FeedbackValues; errors: FeedbackErrors; onChange: (change: Partial<FeedbackValues>) => void }) {
  const { t } = useTranslation('signals');
  return (
    <>
      <RadioGroup
        id={`${idPrefix}-uitkomst`}
        name={`${idPrefix}-uitkomst`}
        legend={t('feedback.outcomeLegend')}
        options={FEEDBACK_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        value={values.outcome}
        onChange={(outcome) => onChange({ outcome })}
        error={errors.outcome}
      />
      {values.outcome === 'forwarded' && (
        <TextField
          id={`${idPrefix}-doorgezet-naar`}
          label={t('feedback.forwardedTo')}
          value={values.forwardedTo}
          onValueChange={(forwardedTo) => onChange({ forwardedTo })}
          error={errors.forwardedTo}
          className="sr-field"
        />
      )}
      <TextareaField
        id={`${idPrefix}-toelichting`}
        label={t('feedback.note')}
        description={t('feedback.noteHelp')}
        value={values.note}
        onValueChange={(note) => onChange({ note })}
        error={errors.note}
        rows={4}
        className="sr-field"
      />
    </>
  );
}

/** Checks the answer before sending; the server checks the same and answers in Dutch. */
export function checkFeedback(values: FeedbackValues, t: (key: string) => string): FeedbackErrors {
  const errors: FeedbackErrors = {};
  if (!values.outcome) errors.outcome = t('feedback.outcomeRequired');
  if (values.outcome === 'forwarded' && !values.forwardedTo.trim()) errors.forwardedTo = t('feedback.forwardedToRequired');
  return errors;
}

export function feedbackInput(values: FeedbackValues) {
  return {
    outcome: values.outcome as FeedbackOutcome,
    ...(values.outcome === 'forwarded' ? { forwardedTo: values.forwardedTo.trim() } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
}
