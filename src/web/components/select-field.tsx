import { Select } from '@utrecht/component-library-react';
import { LabelledField } from './labelled-field';
import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  description?: ReactNode;
  error?: string | null | undefined;
  selectRef?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

/** A labelled select with its description and error message tied to it, like TextField. */
export function SelectField({ label, value, onValueChange, description, error, selectRef, className, children, ...rest }: SelectFieldProps) {
  const id = useId();
  return (
    <LabelledField id={id} label={label} description={description} error={error} className={className}>
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
