import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { AddressFields } from './address-fields';
import { fieldId } from './field-id';
import { emptyAddress, emptyOrganisation, type AddressDraft, type OrganisationDraft } from './form-state';
import { OrganisationFields } from './organisation-fields';
import type { FieldErrors } from './validate';

interface Props {
  organisations: OrganisationDraft[];
  addresses: AddressDraft[];
  errors: FieldErrors;
  onOrganisations: (organisations: OrganisationDraft[]) => void;
  onAddresses: (addresses: AddressDraft[]) => void;
  max: number;
}

type Removing = { kind: 'organisation' | 'address'; index: number } | null;

const filled = (item: object) => Object.entries(item).some(([key, value]) => key !== 'key' && value !== '');

/** Organisations and addresses the signal is about; an entry with text is removed only after asking. */
export function PlacesSection({ organisations, addresses, errors, onOrganisations, onAddresses, max }: Props) {
  const { t } = useTranslation('signals');
  const addOrganisationRef = useRef<HTMLButtonElement>(null);
  const addAddressRef = useRef<HTMLButtonElement>(null);
  const [removing, setRemoving] = useState<Removing>(null);

  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const remove = (target: NonNullable<Removing>) => {
    if (target.kind === 'organisation') {
      onOrganisations(organisations.filter((_, i) => i !== target.index));
      requestAnimationFrame(() => addOrganisationRef.current?.focus());
    } else {
      onAddresses(addresses.filter((_, i) => i !== target.index));
      requestAnimationFrame(() => addAddressRef.current?.focus());
    }
    setRemoving(null);
  };
  const askRemove = (target: NonNullable<Removing>, item: object) => (filled(item) ? setRemoving(target) : remove(target));

  return (
    <section aria-labelledby="deel-plaatsen" className="sr-form-section">
      <Heading2 id="deel-plaatsen">{t('submit.placesHeading')}</Heading2>
      <Paragraph>{t('submit.placesIntro')}</Paragraph>
      {organisations.map((organisation, index) => (
        <OrganisationFields
          key={organisation.key}
          organisation={organisation}
          index={index}
          errors={errors}
          onChange={(change) => onOrganisations(organisations.map((o, i) => (i === index ? { ...o, ...change } : o)))}
          onRemove={() => askRemove({ kind: 'organisation', index }, organisation)}
        />
      ))}
      {organisations.length < max && (
        <div className="sr-actions sr-actions--tight">
          <Button
            type="button"
            ref={addOrganisationRef}
            appearance="secondary-action-button"
            onClick={() => {
              onOrganisations([...organisations, emptyOrganisation()]);
              focusLater(fieldId(`organisations.${organisations.length}.name`));
            }}
          >
            {t('submit.organisationAdd')}
          </Button>
        </div>
      )}
      {addresses.map((address, index) => (
        <AddressFields
          key={address.key}
          address={address}
          index={index}
          errors={errors}
          onChange={(change) => onAddresses(addresses.map((a, i) => (i === index ? { ...a, ...change } : a)))}
          onRemove={() => askRemove({ kind: 'address', index }, address)}
        />
      ))}
      {addresses.length < max && (
        <div className="sr-actions sr-actions--tight">
          <Button
            type="button"
            ref={addAddressRef}
            appearance="secondary-action-button"
            onClick={() => {
              onAddresses([...addresses, emptyAddress()]);
              focusLater(fieldId(`addresses.${addresses.length}.postcode`));
            }}
          >
            {t('submit.addressAdd')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing?.kind === 'address' ? t('submit.addressRemoveTitle', { number: removing.index + 1 }) : t('submit.organisationRemoveTitle', { number: (removing?.index ?? 0) + 1 })}
        confirmLabel={t('submit.removeConfirm')}
        onConfirm={() => removing && remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {t('submit.removeText')}
      </ConfirmDialog>
    </section>
  );
}
