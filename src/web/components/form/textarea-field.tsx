import { Textarea } from '@utrecht/component-library-react';
import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldProps } from './field';

export interface TextareaFieldProps extends FieldProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof FieldProps | 'onChange' | 'value'> {
  value: string;
  onValueChange: (value: string) => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text field (five rows unless told), with its description and error tied to it. */
export function TextareaField({ textareaRef, onValueChange, rows = 5, ...props }: TextareaFieldProps) {
  const [field, textarea] = splitFieldProps(props);
  return <Field {...field}>{(control) => <Textarea {...textarea} {...control} ref={textareaRef} rows={rows} onChange={(event) => onValueChange(event.target.value)} />}</Field>;
}
