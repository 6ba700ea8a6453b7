import { Button, SelectOption } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../api/auth-api';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { NO_ERRORS, type FormErrors } from '../../lib/form-errors';
import { actionKey, AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, groupKey } from './audit-actions';

export const EMPTY_FILTERS: Required<AuditFilters> = { user: '', action: '', result: '', from: '', to: '' };

export interface AuditFiltersFormProps {
  initial: Required<AuditFilters>;
  /** People seen acting in the results so far (id → name): the user filter offers them. */
  actors: Map<string, string>;
  onApply: (filters: Required<AuditFilters>) => void;
  /** An error of the last search that concerns a field (the API names it). */
  fieldErrors: Record<string, string>;
}

/**
 * Search filters: who, what, with what result, and the period. Applied on "Search", not per
 * keystroke. The action filter offers every action there is, in plain words, not only those the
 * last search found.
 */
export function AuditFiltersForm({ initial, actors, onApply, fieldErrors }: AuditFiltersFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(errors, formRef, alertRef);
  const set = (field: keyof AuditFilters) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const shown = { ...fieldErrors, ...errors.fields };

  const actions = AUDIT_ACTIONS.map((action) => ({ action, label: t(actionKey(action)) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const people = [...actors.entries()].sort((a, b) => a[1].localeCompare(b[1], i18n.language));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setErrors({ fields: { from: t('audit.periodOrder') }, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    onApply(draft);
  };

  const clear = () => {
    setDraft(EMPTY_FILTERS);
    setErrors(NO_ERRORS);
    onApply(EMPTY_FILTERS);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate role="search" aria-label={t('audit.filters')} className="sr-filters sr-audit-filters">
      <SelectField label={t('audit.user')} name="user" value={draft.user} onValueChange={set('user')} error={shown.user}>
        <SelectOption value="">{t('audit.allUsers')}</SelectOption>
        {people.map(([id, name]) => (
          <SelectOption key={id} value={id}>
            {name}
          </SelectOption>
        ))}
      </SelectField>
      <SelectField label={t('audit.action')} name="action" value={draft.action} onValueChange={set('action')} error={shown.action}>
        <SelectOption value="">{t('audit.allActions')}</SelectOption>
        <optgroup label={t('audit.actionGroups')}>
          {AUDIT_ACTION_GROUPS.map((group) => (
            <SelectOption key={group} value={group}>
              {t(groupKey(group))}
            </SelectOption>
          ))}
        </optgroup>
        <optgroup label={t('audit.actionsOne')}>
          {actions.map(({ action, label }) => (
            <SelectOption key={action} value={action}>
              {label}
            </SelectOption>
          ))}
        </optgroup>
      </SelectField>
      <SelectField label={t('audit.result')} name="result" value={draft.result} onValueChange={set('result')} error={shown.result}>
        <SelectOption value="">{t('audit.allResults')}</SelectOption>
        {(['success', 'denied', 'failure'] as const).map((r) => (
          <SelectOption key={r} value={r}>
            {t(`auditResults.${r}`)}
          </SelectOption>
        ))}
      </SelectField>
      <TextField label={t('audit.from')} type="date" name="from" value={draft.from} onValueChange={set('from')} error={shown.from} />
      <TextField label={t('audit.to')} type="date" name="to" value={draft.to} onValueChange={set('to')} error={shown.to} />
      <div className="sr-actions sr-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('audit.search')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={clear}>
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
