import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { fieldId } from './field-id';
import { emptyPerson, personHasContent, type PersonDraft } from './form-state';
import { PersonFields } from './person-fields';
import type { FieldErrors } from './validate';

interface Props {
  persons: PersonDraft[];
  errors: FieldErrors;
  onChange: (persons: PersonDraft[]) => void;
  max: number;
}

/** Zero or more persons. Removing one that holds typed text is asked first: it cannot be undone. */
export function PersonsSection({ persons, errors, onChange, max }: Props) {
  const { t } = useTranslation('signals');
  const addRef = useRef<HTMLButtonElement>(null);
  const [removing, setRemoving] = useState<number | null>(null);

  const add = () => {
    const index = persons.length;
    onChange([...persons, emptyPerson()]);
    // Put the user in the new person's first field once it is on the page.
    requestAnimationFrame(() => document.getElementById(fieldId(`persons.${index}.role`))?.focus());
  };
  const remove = (index: number) => {
    onChange(persons.filter((_, i) => i !== index));
    setRemoving(null);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  return (
    <section aria-labelledby="deel-personen" className="sr-form-section">
      <Heading2 id="deel-personen">{t('submit.personsHeading')}</Heading2>
      <Paragraph>{t('submit.personsIntro')}</Paragraph>
      {persons.map((person, index) => (
        <PersonFields
          key={person.key}
          person={person}
          index={index}
          errors={errors}
          onChange={(change) => onChange(persons.map((p, i) => (i === index ? { ...p, ...change } : p)))}
          onRemove={() => (personHasContent(person) ? setRemoving(index) : remove(index))}
        />
      ))}
      {persons.length < max && (
        <Button type="button" ref={addRef} appearance="secondary-action-button" onClick={add}>
          {persons.length === 0 ? t('submit.personAdd') : t('submit.personAddAnother')}
        </Button>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('submit.personRemoveTitle', { number: (removing ?? 0) + 1 })}
        confirmLabel={t('submit.personRemoveConfirm')}
        onConfirm={() => removing !== null && remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {t('submit.personRemoveText')}
      </ConfirmDialog>
    </section>
  );
}
