import { Checkbox, FormField, FormFieldDescription, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { ComponentProps, ReactNode, Ref } from 'react';

interface OptionProps {
  id: string;
  label: ReactNode;
  checked?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** One checkbox or radio button with its label (the whole label row chooses it) and an optional description. */
function ChoiceField({ type, id, label, description, checked, children }: OptionProps & { type: 'checkbox' | 'radio'; description?: ReactNode; children: (describedBy: string | undefined) => ReactNode }) {
  const descriptionId = `${id}-uitleg`;
  return (
    <FormField
      type={type}
      className="sr-option"
      label={
        <FormLabel htmlFor={id} type={type} checked={checked}>
          {label}
        </FormLabel>
      }
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      input={children(description ? descriptionId : undefined)}
    />
  );
}

export interface CheckboxFieldProps extends OptionProps, Omit<ComponentProps<typeof Checkbox>, keyof OptionProps | 'ref' | 'aria-describedby'> {
  /** What the option means, read out with it. */
  description?: ReactNode;
}

export function CheckboxField({ id, label, description, checked, inputRef, ...checkbox }: CheckboxFieldProps) {
  return (
    <ChoiceField type="checkbox" id={id} label={label} description={description} checked={checked}>
      {(describedBy) => <Checkbox {...checkbox} ref={inputRef} id={id} checked={checked} aria-describedby={describedBy} />}
    </ChoiceField>
  );
}

export type RadioFieldProps = OptionProps & Omit<ComponentProps<typeof RadioButton>, keyof OptionProps | 'ref'>;

export function RadioField({ id, label, checked, inputRef, ...radio }: RadioFieldProps) {
  return (
    <ChoiceField type="radio" id={id} label={label} checked={checked}>
      {() => <RadioButton {...radio} ref={inputRef} id={id} checked={checked} />}
    </ChoiceField>
  );
}
