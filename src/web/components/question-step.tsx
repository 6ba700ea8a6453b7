import { Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Heading2 } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkQuestion } from '../../domain/routemap/walk';
import { RadioField } from './form/choice-field';

interface Props {
  question: WalkQuestion['question'];
  step: number;
  /** The answer given before, when the user came back to this question. */
  previous: string | null;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (optionId: string) => void;
}

/**
 * One question as a fieldset of radio buttons with the question as its legend (and heading), so
 * screen readers announce the question with every option. Arrow keys choose, Enter or the
 * button goes on. Mount it with a key per step so the choice starts empty for a new question.
 */
export function QuestionStep({ question, step, previous, headingRef, onAnswer }: Props) {
  const { t } = useTranslation();
  const base = useId();
  const [selected, setSelected] = useState<string | null>(previous);
  const [missing, setMissing] = useState(false);
  const firstOptionRef = useRef<HTMLInputElement>(null);
  const helpId = `${base}-help`;
  const errorId = `${base}-error`;
  const describedBy = [question.help ? helpId : null, missing ? errorId : null].filter(Boolean).join(' ') || undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === null) {
      setMissing(true);
      firstOptionRef.current?.focus();
      return;
    }
    onAnswer(selected);
  };

  return (
    <form onSubmit={submit} noValidate className="sr-question">
      <Fieldset invalid={missing} aria-describedby={describedBy}>
        <FieldsetLegend className="sr-question__legend">
          <span className="sr-question__step">{t('walk.step', { step })}</span>
          <Heading2 ref={headingRef} tabIndex={-1} className="sr-question__text">
            {question.text}
          </Heading2>
        </FieldsetLegend>
        {question.help && (
          <FormFieldDescription id={helpId} className="sr-question__help">
            {question.help}
          </FormFieldDescription>
        )}
        {missing && <FormFieldErrorMessage id={errorId}>{t('walk.chooseAnswer')}</FormFieldErrorMessage>}
        <div className="sr-options">
          {question.options.map((option, index) => (
            <RadioField
              key={option.id}
              id={`${base}-${option.id}`}
              inputRef={index === 0 ? firstOptionRef : undefined}
              name={`vraag-${question.id}`}
              value={option.id}
              label={option.label}
              checked={selected === option.id}
              invalid={missing}
              onChange={() => {
                setSelected(option.id);
                setMissing(false);
              }}
            />
          ))}
        </div>
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" className="sr-question__next">
        {t('walk.next')}
      </Button>
    </form>
  );
}
