import { Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes, Ref } from 'react';
import { Field, splitFieldProps, type FieldProps } from './field';

export interface TextFieldProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldProps | 'onChange' | 'value'> {
  value: string;
  onValueChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A labelled text input with its description and error message tied to it (aria-describedby), so
 * a screen reader reads the error when the field gets focus. Other input attributes (type, name,
 * autoComplete, inputMode) go to the input.
 */
export function TextField({ inputRef, onValueChange, ...props }: TextFieldProps) {
  const [field, input] = splitFieldProps(props);
  return <Field {...field}>{(control) => <Textbox {...input} {...control} ref={inputRef} onChange={(event) => onValueChange(event.target.value)} />}</Field>;
}
