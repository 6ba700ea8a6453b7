import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeView } from '../../../api/types';
import type { SignalForm } from '../../../api/signal-types';
import { CheckboxGroup } from '../../../components/form/choice-group';
import { SIGNAL_FORMS_VIEW } from '../../../components/signals/signal-options';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { fieldId } from './field-id';
import { visibleForms, type SignalFormState } from './form-state';
import type { FieldErrors } from './validate';

interface Props {
  state: SignalFormState;
  errors: FieldErrors;
  knowledge: KnowledgeView;
  update: (change: Partial<SignalFormState>) => void;
}

/** What was seen: the form(s) of exploitation, the signals from the lists, free text, when and where. */
export function WhatSeenSection({ state, errors, knowledge, update }: Props) {
  const { t } = useTranslation('signals');
  const formName = (id: SignalForm) => knowledge.forms.find((f) => f.id === id)?.name ?? t(`form.${id}`);
  const shown = visibleForms(state.forms);
  return (
    <section aria-labelledby="deel-gezien" className="sr-form-section">
      <Heading2 id="deel-gezien">{t('submit.seenHeading')}</Heading2>
      <CheckboxGroup
        id={fieldId('forms')}
        name="forms"
        legend={t('submit.formsLegend')}
        description={t('submit.formsHelp')}
        options={SIGNAL_FORMS_VIEW.map((id) => ({ value: id, label: id === 'unknown' ? t('form.unknown') : formName(id) }))}
        value={state.forms}
        onChange={(forms) => update({ forms })}
        error={errors.forms}
      />
      {shown.length > 0 && (
        <div className="sr-observed">
          <Paragraph className="sr-observed__intro">{t('submit.signalsIntro')}</Paragraph>
          {shown.map((formId, index) => {
            const form = knowledge.forms.find((f) => f.id === formId);
            if (!form) return null;
            const mine = form.signals.map((s) => s.id);
            return (
              <CheckboxGroup
                key={formId}
                id={index === 0 ? fieldId('observedSignals') : `${fieldId('observedSignals')}-${formId}`}
                name={`signalen-${formId}`}
                legend={t('submit.signalsLegend', { form: form.name })}
                options={form.signals.map((s) => ({ value: s.id, label: s.text }))}
                value={state.observedSignals.filter((s) => mine.includes(s))}
                onChange={(ticked) => update({ observedSignals: [...state.observedSignals.filter((s) => !mine.includes(s)), ...ticked] })}
                error={index === 0 ? errors.observedSignals : undefined}
                className="sr-observed__group"
              />
            );
          })}
        </div>
      )}
      <TextareaField
        id={fieldId('description')}
        label={t('submit.description')}
        description={t('submit.descriptionHelp')}
        value={state.description}
        onValueChange={(description) => update({ description })}
        error={errors.description}
        rows={6}
        className="sr-field"
      />
      <div className="sr-field-row">
        <TextField
          id={fieldId('observedOn')}
          type="date"
          label={t('submit.observedOn')}
          description={t('submit.observedOnHelp')}
          value={state.observedOn}
          onValueChange={(observedOn) => update({ observedOn })}
          error={errors.observedOn}
          className="sr-field sr-field--date"
        />
        <TextField
          id={fieldId('location')}
          label={t('submit.location')}
          description={t('submit.locationHelp')}
          value={state.location}
          onValueChange={(location) => update({ location })}
          error={errors.location}
          className="sr-field"
        />
      </div>
    </section>
  );
}
