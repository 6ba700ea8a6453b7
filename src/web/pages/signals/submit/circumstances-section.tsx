import { Alert, Heading2, Link, Paragraph, Strong } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeView } from '../../../api/types';
import { CheckboxGroup, RadioGroup } from '../../../components/form/choice-group';
import { SelectField } from '../../../components/form/select-field';
import { PERSON_AWARE_VIEW } from '../../../components/signals/signal-options';
import { fieldId } from './field-id';
import type { SignalFormState } from './form-state';
import type { FieldErrors } from './validate';

interface Props {
  state: SignalFormState;
  errors: FieldErrors;
  knowledge: KnowledgeView;
  update: (change: Partial<SignalFormState>) => void;
}

/** Sector, risk groups, acute danger (then first: call 112) and whether the person concerned knows. */
export function CircumstancesSection({ state, errors, knowledge, update }: Props) {
  const { t } = useTranslation('signals');
  const sensitive = knowledge.sectors.filter((s) => s.kind === 'sensitive');
  const facilitating = knowledge.sectors.filter((s) => s.kind === 'facilitating');
  return (
    <section aria-labelledby="deel-omstandigheden" className="sr-form-section">
      <Heading2 id="deel-omstandigheden">{t('submit.circumstancesHeading')}</Heading2>
      <SelectField
        id={fieldId('sector')}
        label={t('submit.sector')}
        description={t('submit.sectorHelp')}
        value={state.sector}
        onValueChange={(sector) => update({ sector })}
        error={errors.sector}
        className="sr-field"
      >
        <option value="">{t('submit.sectorNone')}</option>
        <optgroup label={t('submit.sectorSensitive')}>
          {sensitive.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </optgroup>
        {facilitating.length > 0 && (
          <optgroup label={t('submit.sectorFacilitating')}>
            {facilitating.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      <CheckboxGroup
        id={fieldId('riskGroups')}
        name="risicogroepen"
        legend={t('submit.riskGroups')}
        description={t('submit.riskGroupsHelp')}
        options={knowledge.riskGroups.map((r) => ({ value: r.id, label: r.name }))}
        value={state.riskGroups}
        onChange={(riskGroups) => update({ riskGroups })}
        error={errors.riskGroups}
      />
      <RadioGroup
        id={fieldId('acuteDanger')}
        name="acuut-gevaar"
        legend={t('submit.acuteDanger')}
        options={[
          { value: 'yes', label: t('submit.yes') },
          { value: 'no', label: t('submit.no') },
        ]}
        value={state.acuteDanger}
        onChange={(acuteDanger) => update({ acuteDanger })}
        error={errors.acuteDanger}
      />
      {state.acuteDanger === 'yes' && (
        // Announced when it appears: the user just said there is danger, this is what to do now.
        <div role="alert" className="sr-danger-now">
          <Alert type="error">
            <Paragraph className="sr-danger-now__call">
              <Strong>{t('submit.dangerNow')}</Strong>{' '}
              <Link href="tel:112" className="sr-emergency__call">
                {t('submit.dangerCall')}
              </Link>
            </Paragraph>
            <Paragraph>{t('submit.dangerUrgent')}</Paragraph>
          </Alert>
        </div>
      )}
      <RadioGroup
        id={fieldId('personAware')}
        name="betrokkene-weet"
        legend={t('submit.personAware')}
        description={t('submit.personAwareHelp')}
        options={PERSON_AWARE_VIEW.map((value) => ({ value, label: t(`aware.${value}`) }))}
        value={state.personAware}
        onChange={(personAware) => update({ personAware })}
        error={errors.personAware}
      />
    </section>
  );
}
