import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-field';
import { fieldId } from './field-id';
import type { OrganisationDraft } from './form-state';
import type { FieldErrors } from './validate';

interface Props {
  organisation: OrganisationDraft;
  index: number;
  errors: FieldErrors;
  onChange: (change: Partial<OrganisationDraft>) => void;
  onRemove: () => void;
}

/** A company or organisation the signal is about. */
export function OrganisationFields({ organisation, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation('signals');
  const path = (field: string) => `organisations.${index}.${field}`;
  const number = index + 1;
  return (
    <Fieldset className="sr-repeat">
      <FieldsetLegend className="sr-repeat__legend">{t('submit.organisationLegend', { number })}</FieldsetLegend>
      <div className="sr-field-row">
        <TextField id={fieldId(path('name'))} label={t('submit.organisationName')} autoComplete="off" value={organisation.name} onValueChange={(name) => onChange({ name })} error={errors[path('name')]} className="sr-field" />
        <TextField
          id={fieldId(path('kvkNumber'))}
          label={t('submit.organisationKvk')}
          description={t('submit.organisationKvkHelp')}
          inputMode="numeric"
          autoComplete="off"
          value={organisation.kvkNumber}
          onValueChange={(kvkNumber) => onChange({ kvkNumber })}
          error={errors[path('kvkNumber')]}
          className="sr-field sr-field--short"
        />
      </div>
      <Button type="button" appearance="secondary-action-button" onClick={onRemove}>
        {t('submit.organisationRemove', { number })}
      </Button>
    </Fieldset>
  );
}
