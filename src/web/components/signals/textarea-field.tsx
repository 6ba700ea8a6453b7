import { Textarea } from '@utrecht/component-library-react';
import { LabelledField } from '../labelled-field';
import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> {
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  description?: ReactNode;
  error?: string | null | undefined;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text field, with its description and error tied to it. */
export function TextareaField({ id, label, value, onValueChange, description, error, textareaRef, className, rows = 5, ...rest }: TextareaFieldProps) {
  return (
    <LabelledField id={id} label={label} description={description} error={error} className={['sr-field', className].filter(Boolean).join(' ')}>
      {(control) => (
        <Textarea
          {...rest}
          {...control}
          ref={textareaRef}
          rows={rows}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </LabelledField>
  );
}
