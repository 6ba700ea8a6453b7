import { Button, SelectOption } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsFilters } from '../../api/statistics-api';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';

/** The period and the grouping; applied on "Tonen", not per keystroke. */
export function StatisticsFiltersForm({ initial, onApply }: { initial: StatisticsFilters; onApply: (filters: StatisticsFilters) => void }) {
  const { t } = useTranslation('statistics');
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const set = (field: keyof StatisticsFilters) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setError(t('filters.order'));
      return;
    }
    setError(undefined);
    onApply(draft);
  };
  return (
    <form onSubmit={submit} noValidate role="search" aria-label={t('filters.label')} className="sr-filters">
      <TextField label={t('filters.from')} type="date" name="from" value={draft.from} onValueChange={set('from')} error={error} />
      <TextField label={t('filters.to')} type="date" name="to" value={draft.to} onValueChange={set('to')} />
      <SelectField label={t('filters.granularity')} name="granularity" value={draft.granularity} onValueChange={set('granularity')}>
        <SelectOption value="month">{t('filters.month')}</SelectOption>
        <SelectOption value="quarter">{t('filters.quarter')}</SelectOption>
      </SelectField>
      <div className="sr-actions sr-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('filters.apply')}
        </Button>
      </div>
    </form>
  );
}
