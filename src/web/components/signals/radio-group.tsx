import { Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface RadioGroupProps<T extends string> {
  /** Stable id; the first option gets it, so the error summary can put focus there. */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode }[];
  value: T | '';
  onChange: (value: T) => void;
  description?: ReactNode;
  error?: string | null | undefined;
  className?: string;
}

/**
 * A question with one answer: a fieldset whose legend is the question, so a screen reader says
 * the question with every option. Arrow keys move between the options.
 */
export function RadioGroup<T extends string>({ id, name, legend, options, value, onChange, description, error, className }: RadioGroupProps<T>) {
  const errorId = `${id}-fout`;
  const descriptionId = `${id}-uitleg`;
  const describedBy = [error ? errorId : null, description ? descriptionId : null].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} className={['sr-choice', className].filter(Boolean).join(' ')}>
      <FieldsetLegend className="sr-choice__legend">{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <div className="sr-choice__options">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <FormField
              key={option.value}
              type="radio"
              className="sr-option"
              input={
                <RadioButton
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  invalid={Boolean(error)}
                  aria-invalid={error ? true : undefined}
                  onChange={() => onChange(option.value)}
                />
              }
              label={
                <FormLabel htmlFor={optionId} type="radio" checked={value === option.value}>
                  {option.label}
                </FormLabel>
              }
            />
          );
        })}
      </div>
    </Fieldset>
  );
}
