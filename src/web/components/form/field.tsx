import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

/**
 * The ids of a field's description and error message, and the aria-describedby that ties them to
 * the control: the error first, so a screen reader says what is wrong before the explanation.
 */
export function messageIds(id: string, description: ReactNode, error: string | null | undefined, also?: string) {
  const descriptionId = `${id}-uitleg`;
  const errorId = `${id}-fout`;
  const describedBy = [error ? errorId : null, description ? descriptionId : null, also].filter(Boolean).join(' ') || undefined;
  return { descriptionId, errorId, describedBy };
}

/** What the control inside must carry so its label, description and error are read out with it. */
export interface FieldControlProps {
  id: string;
  invalid: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The props every labelled field takes, whatever its control. */
export interface FieldProps {
  /** A stable id where an error summary links to the field (or a script focuses it); generated otherwise. */
  id?: string | undefined;
  label: ReactNode;
  description?: ReactNode;
  /** The message beside the field; the field is marked invalid while there is one. */
  error?: string | null | undefined;
  className?: string | undefined;
  /** Another element that describes the control (a result count), read after description and error. */
  'aria-describedby'?: string | undefined;
}

/**
 * The NL Design System form field around any control: label, description and error message, tied
 * to the control with aria-describedby so a screen reader reads the error when it gets focus.
 */
export function Field({ id, label, description, error, className, 'aria-describedby': also, children }: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const { descriptionId, errorId, describedBy } = messageIds(controlId, description, error, also);
  return (
    <FormField
      className={className}
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={controlId}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={children({ id: controlId, invalid: Boolean(error), 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    />
  );
}

/** Splits a field component's props into the field's own and those for its control. */
export function splitFieldProps<P extends FieldProps>({ id, label, description, error, className, 'aria-describedby': also, ...control }: P) {
  return [{ id, label, description, error, className, 'aria-describedby': also }, control] as const;
}
