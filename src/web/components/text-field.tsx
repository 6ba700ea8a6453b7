import { Textbox } from '@utrecht/component-library-react';
import { LabelledField } from './labelled-field';
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  description?: ReactNode;
  /** The message beside the field; the field is marked invalid while there is one. */
  error?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A labelled text input with its description and error message tied to it (aria-describedby), so
 * a screen reader reads the error when the field gets focus.
 */
export function TextField({ label, value, onValueChange, description, error, inputRef, className, ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <LabelledField id={id} label={label} description={description} error={error} className={className}>
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
