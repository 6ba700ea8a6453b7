import { Select } from '@utrecht/component-library-react';
import { LabelledField } from '../labelled-field';
import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';

export interface SelectInputFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> {
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  description?: ReactNode;
  error?: string | null | undefined;
  selectRef?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

/** A labelled select with a stable id, its description and its error message. */
export function SelectInputField({ id, label, value, onValueChange, description, error, selectRef, className, children, ...rest }: SelectInputFieldProps) {
  return (
    <LabelledField id={id} label={label} description={description} error={error} className={['sr-field', className].filter(Boolean).join(' ')}>
      {(control) => (
        <Select
          {...rest}
          {...control}
          ref={selectRef}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {children}
        </Select>
      )}
    </LabelledField>
  );
}
