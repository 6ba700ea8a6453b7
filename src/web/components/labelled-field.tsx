import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** What the control inside must carry so its label, description and error are read out with it. */
export interface FieldControlProps {
  id: string;
  invalid: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface LabelledFieldProps {
  /** Stable where an error summary links to the field; otherwise from useId. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** The message beside the field; the field is marked invalid while there is one. */
  error?: string | null | undefined;
  className?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The NL Design System form field around any control: label, description and error message, tied
 * to the control with aria-describedby so a screen reader reads the error when it gets focus.
 */
export function LabelledField({ id, label, description, error, className, children }: LabelledFieldProps) {
  const descriptionId = `${id}-uitleg`;
  const errorId = `${id}-fout`;
  const describedBy = [error ? errorId : null, description ? descriptionId : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      className={className}
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={children({ id, invalid: Boolean(error), 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    />
  );
}
