import { Select } from '@utrecht/component-library-react';
import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldProps } from './field';

export interface SelectFieldProps extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, keyof FieldProps | 'onChange' | 'value'> {
  value: string;
  onValueChange: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
  /** The options. */
  children: ReactNode;
}

/** A labelled select with its description and error message tied to it, like TextField. */
export function SelectField({ selectRef, onValueChange, ...props }: SelectFieldProps) {
  const [field, select] = splitFieldProps(props);
  return <Field {...field}>{(control) => <Select {...select} {...control} ref={selectRef} onChange={(event) => onValueChange(event.target.value)} />}</Field>;
}
