import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../components/form/choice-group';
import { PERSON_ROLES_VIEW } from '../../../components/signals/signal-options';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { fieldId } from './field-id';
import type { PersonDraft } from './form-state';
import type { FieldErrors } from './validate';

interface Props {
  person: PersonDraft;
  index: number;
  errors: FieldErrors;
  onChange: (change: Partial<PersonDraft>) => void;
  onRemove: () => void;
}

/** One person the signal is about; everything but the role is optional. */
export function PersonFields({ person, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation('signals');
  const path = (field: string) => `persons.${index}.${field}`;
  const number = index + 1;
  return (
    <Fieldset className="sr-repeat">
      <FieldsetLegend className="sr-repeat__legend">{t('submit.personLegend', { number })}</FieldsetLegend>
      <RadioGroup
        id={fieldId(path('role'))}
        name={`persoon-${person.key}-rol`}
        legend={t('submit.personRole')}
        options={PERSON_ROLES_VIEW.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        value={person.role}
        onChange={(role) => onChange({ role })}
        error={errors[path('role')]}
      />
      <TextField id={fieldId(path('name'))} label={t('submit.personName')} autoComplete="off" value={person.name} onValueChange={(name) => onChange({ name })} error={errors[path('name')]} className="sr-field" />
      <div className="sr-field-row">
        <TextField
          id={fieldId(path('dateOfBirth'))}
          type="date"
          label={t('submit.personDateOfBirth')}
          value={person.dateOfBirth}
          onValueChange={(dateOfBirth) => onChange({ dateOfBirth })}
          error={errors[path('dateOfBirth')]}
          className="sr-field sr-field--date"
        />
        <TextField
          id={fieldId(path('estimatedAge'))}
          label={t('submit.personAge')}
          description={t('submit.personAgeHelp')}
          inputMode="numeric"
          autoComplete="off"
          value={person.estimatedAge}
          onValueChange={(estimatedAge) => onChange({ estimatedAge })}
          error={errors[path('estimatedAge')]}
          className="sr-field sr-field--short"
        />
      </div>
      <div className="sr-field-row">
        <TextField id={fieldId(path('nationality'))} label={t('submit.personNationality')} autoComplete="off" value={person.nationality} onValueChange={(nationality) => onChange({ nationality })} error={errors[path('nationality')]} className="sr-field" />
        <TextField id={fieldId(path('language'))} label={t('submit.personLanguage')} autoComplete="off" value={person.language} onValueChange={(language) => onChange({ language })} error={errors[path('language')]} className="sr-field" />
      </div>
      <TextareaField
        id={fieldId(path('description'))}
        label={t('submit.personDescription')}
        description={t('submit.personDescriptionHelp')}
        value={person.description}
        onValueChange={(description) => onChange({ description })}
        error={errors[path('description')]}
        rows={3}
        className="sr-field"
      />
      <Button type="button" appearance="secondary-action-button" onClick={onRemove}>
        {t('submit.personRemove', { number })}
      </Button>
    </Fieldset>
  );
}
