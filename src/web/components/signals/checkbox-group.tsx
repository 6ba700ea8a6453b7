import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface CheckboxGroupProps<T extends string> {
  /** Stable id; the first box gets it, so the error summary can put focus there. */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode; description?: ReactNode }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  description?: ReactNode;
  error?: string | null | undefined;
  className?: string;
}

/** Several answers to one question: a fieldset of checkboxes, the question as its legend. */
export function CheckboxGroup<T extends string>({ id, name, legend, options, value, onChange, description, error, className }: CheckboxGroupProps<T>) {
  const errorId = `${id}-fout`;
  const descriptionId = `${id}-uitleg`;
  const describedBy = [error ? errorId : null, description ? descriptionId : null].filter(Boolean).join(' ') || undefined;
  // Keep the options' order, whatever the order of clicking.
  const toggle = (changed: T, checked: boolean) => onChange(options.map((o) => o.value).filter((v) => (v === changed ? checked : value.includes(v))));
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} className={['sr-choice', className].filter(Boolean).join(' ')}>
      <FieldsetLegend className="sr-choice__legend">{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <div className="sr-choice__options">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionDescriptionId = `${optionId}-uitleg`;
          const checked = value.includes(option.value);
          return (
            <FormField
              key={option.value}
              type="checkbox"
              className="sr-option"
              label={
                <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
                  {option.label}
                </FormLabel>
              }
              description={option.description ? <FormFieldDescription id={optionDescriptionId}>{option.description}</FormFieldDescription> : undefined}
              input={
                <Checkbox
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={checked}
                  invalid={Boolean(error)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={option.description ? optionDescriptionId : undefined}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
              }
            />
          );
        })}
      </div>
    </Fieldset>
  );
}
