import { Textbox } from '@utrecht/component-library-react';
import { LabelledField } from '../labelled-field';
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

export interface TextInputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  /** A stable id: the error summary links to it, so it cannot be a generated one. */
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  description?: ReactNode;
  error?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text input whose description and error message are read out with it. */
export function TextInputField({ id, label, value, onValueChange, description, error, inputRef, className, ...rest }: TextInputFieldProps) {
  return (
    <LabelledField id={id} label={label} description={description} error={error} className={['sr-field', className].filter(Boolean).join(' ')}>
      {(control) => (
        <Textbox
          {...rest}
          {...control}
          ref={inputRef}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </LabelledField>
  );
}
