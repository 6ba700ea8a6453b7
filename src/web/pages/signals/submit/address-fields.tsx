import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-field';
import { fieldId } from './field-id';
import type { AddressDraft } from './form-state';
import type { FieldErrors } from './validate';

interface Props {
  address: AddressDraft;
  index: number;
  errors: FieldErrors;
  onChange: (change: Partial<AddressDraft>) => void;
  onRemove: () => void;
}

/** An address: postcode and house number identify it (BAG); street and place help a reader. */
export function AddressFields({ address, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation('signals');
  const path = (field: string) => `addresses.${index}.${field}`;
  const number = index + 1;
  return (
    <Fieldset className="sr-repeat">
      <FieldsetLegend className="sr-repeat__legend">{t('submit.addressLegend', { number })}</FieldsetLegend>
      <div className="sr-field-row">
        <TextField
          id={fieldId(path('postcode'))}
          label={t('submit.addressPostcode')}
          description={t('submit.addressPostcodeHelp')}
          autoComplete="off"
          value={address.postcode}
          onValueChange={(postcode) => onChange({ postcode })}
          error={errors[path('postcode')]}
          className="sr-field sr-field--short"
        />
        <TextField
          id={fieldId(path('houseNumber'))}
          label={t('submit.addressHouseNumber')}
          inputMode="numeric"
          autoComplete="off"
          value={address.houseNumber}
          onValueChange={(houseNumber) => onChange({ houseNumber })}
          error={errors[path('houseNumber')]}
          className="sr-field sr-field--short"
        />
        <TextField
          id={fieldId(path('addition'))}
          label={t('submit.addressAddition')}
          autoComplete="off"
          value={address.addition}
          onValueChange={(addition) => onChange({ addition })}
          error={errors[path('addition')]}
          className="sr-field sr-field--short"
        />
      </div>
      <div className="sr-field-row">
        <TextField id={fieldId(path('street'))} label={t('submit.addressStreet')} autoComplete="off" value={address.street} onValueChange={(street) => onChange({ street })} error={errors[path('street')]} className="sr-field" />
        <TextField id={fieldId(path('place'))} label={t('submit.addressPlace')} autoComplete="off" value={address.place} onValueChange={(place) => onChange({ place })} error={errors[path('place')]} className="sr-field" />
      </div>
      <Button type="button" appearance="secondary-action-button" onClick={onRemove}>
        {t('submit.addressRemove', { number })}
      </Button>
    </Fieldset>
  );
}
