import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNAL_STATES } from '../../../../domain/signal/workflow';
import type { InboxFilters as Filters } from '../../../api/signal-types';
import { CheckboxField } from '../../../components/form/choice-field';
import { SelectField } from '../../../components/form/select-field';
import { SIGNAL_FORMS_VIEW } from '../../../components/signals/signal-options';
import { useStateLabel } from '../../../components/signals/use-state-label';

/** The state filter's value (in the address) for every signal, closed ones included. */
export const ALL_STATES = 'alle';

/**
 * Filters by status, form, urgency and late feedback. The status starts at open work; closed
 * signals are one of the choices. Applied with a button, not on every change:
 * a list that changes while a keyboard user is still choosing is disorienting.
 */
export function InboxFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const { t } = useTranslation('signals');
  const stateLabel = useStateLabel();
  const [state, setState] = useState(filters.state ?? '');
  const [form, setForm] = useState(filters.form ?? '');
  const [urgent, setUrgent] = useState(filters.urgent === 'true');
  const [overdue, setOverdue] = useState(filters.overdue === 'true');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ state, form, urgent: urgent ? 'true' : '', overdue: overdue ? 'true' : '' });
  };
  const clear = () => {
    setState('');
    setForm('');
    setUrgent(false);
    setOverdue(false);
    onApply({});
  };

  return (
    <form onSubmit={submit} className="sr-inbox-filters" aria-label={t('inbox.filters')}>
      <Fieldset className="sr-inbox-filters__set">
        <FieldsetLegend className="sr-inbox-filters__legend">{t('inbox.filters')}</FieldsetLegend>
        <div className="sr-inbox-filters__fields">
          <SelectField id="filter-status" label={t('inbox.filterState')} value={state} onValueChange={setState} className="sr-field">
            <option value="">{t('inbox.open')}</option>
            <option value={ALL_STATES}>{t('inbox.allStates')}</option>
            {SIGNAL_STATES.map((s) => (
              <option key={s} value={s}>
                {stateLabel(s)}
              </option>
            ))}
          </SelectField>
          <SelectField id="filter-vorm" label={t('inbox.filterForm')} value={form} onValueChange={setForm} className="sr-field">
            <option value="">{t('inbox.all')}</option>
            {SIGNAL_FORMS_VIEW.map((f) => (
              <option key={f} value={f}>
                {t(`form.${f}`)}
              </option>
            ))}
          </SelectField>
          <div className="sr-inbox-filters__checks">
            <CheckboxField id="filter-spoed" label={t('inbox.filterUrgent')} checked={urgent} onChange={(e) => setUrgent(e.target.checked)} />
            <CheckboxField id="filter-te-laat" label={t('inbox.filterOverdue')} checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
          </div>
        </div>
      </Fieldset>
      <div className="sr-actions sr-actions--tight">
        <Button type="submit" appearance="primary-action-button">
          {t('inbox.apply')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={clear}>
          {t('inbox.clear')}
        </Button>
      </div>
    </form>
  );
}
