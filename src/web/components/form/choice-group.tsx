import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { Fragment, type ReactNode } from 'react';
import { CheckboxField, RadioField } from './choice-field';
import { messageIds } from './field';

export interface ChoiceFieldsetProps {
  /** The base of the description's and error's ids (`-uitleg`, `-fout`). */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | null | undefined;
  className?: string | undefined;
  legendClassName?: string | undefined;
  /** The options. */
  children: ReactNode;
}

/**
 * A question answered with checkboxes or radio buttons: a fieldset whose legend is the question,
 * so a screen reader says it with every option, and whose description and error are read with it.
 */
export function ChoiceFieldset({ id, legend, description, error, className, legendClassName, children }: ChoiceFieldsetProps) {
  const { descriptionId, errorId, describedBy } = messageIds(id, description, error);
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} className={className}>
      <FieldsetLegend className={legendClassName}>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}

interface ChoiceOption<T extends string> {
  value: T;
  label: ReactNode;
}

interface ChoiceGroupProps<T extends string, O extends ChoiceOption<T>> {
  /** Stable id; the first option gets it, so the error summary can put focus there. */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly O[];
  description?: ReactNode;
  error?: string | null | undefined;
  className?: string;
}

/** What every option of a group carries: its id, the group's name, and the group's invalid state. */
interface OptionControl<T extends string> {
  id: string;
  name: string;
  value: T;
  label: ReactNode;
  invalid: boolean;
  'aria-invalid': true | undefined;
}

function ChoiceGroup<T extends string, O extends ChoiceOption<T>>({ id, name, legend, options, description, error, className, children }: ChoiceGroupProps<T, O> & { children: (option: O, control: OptionControl<T>) => ReactNode }) {
  return (
    <ChoiceFieldset id={id} legend={legend} description={description} error={error} className={['sr-choice', className].filter(Boolean).join(' ')} legendClassName="sr-choice__legend">
      <div className="sr-choice__options">
        {options.map((option, index) => (
          <Fragment key={option.value}>
            {children(option, {
              id: index === 0 ? id : `${id}-${option.value}`,
              name,
              value: option.value,
              label: option.label,
              invalid: Boolean(error),
              'aria-invalid': error ? true : undefined,
            })}
          </Fragment>
        ))}
      </div>
    </ChoiceFieldset>
  );
}

export interface CheckboxGroupProps<T extends string> extends ChoiceGroupProps<T, ChoiceOption<T> & { description?: ReactNode }> {
  value: readonly T[];
  onChange: (value: T[]) => void;
}

/** Several answers to one question: a fieldset of checkboxes, the question as its legend. */
export function CheckboxGroup<T extends string>({ value, onChange, ...group }: CheckboxGroupProps<T>) {
  // Keep the options' order, whatever the order of clicking.
  const toggle = (changed: T, checked: boolean) => onChange(group.options.map((o) => o.value).filter((v) => (v === changed ? checked : value.includes(v))));
  return (
    <ChoiceGroup {...group}>
      {(option, control) => (
        <CheckboxField {...control} description={option.description} checked={value.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
      )}
    </ChoiceGroup>
  );
}

export interface RadioGroupProps<T extends string> extends ChoiceGroupProps<T, ChoiceOption<T>> {
  value: T | '';
  onChange: (value: T) => void;
}

/**
 * A question with one answer: a fieldset whose legend is the question, so a screen reader says
 * the question with every option. Arrow keys move between the options.
 */
export function RadioGroup<T extends string>({ value, onChange, ...group }: RadioGroupProps<T>) {
  return <ChoiceGroup {...group}>{(option, control) => <RadioField {...control} checked={value === option.value} onChange={() => onChange(option.value)} />}</ChoiceGroup>;
}
