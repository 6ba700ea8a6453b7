import { useId, useMemo, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { searchByName } from '../../domain/regions/name-search';
import { SelectField } from './form/select-field';
import { TextField } from './form/text-field';
import { MunicipalityOptions, useSortedMunicipalities } from './municipality-options';

interface MunicipalityFieldProps {
  label: ReactNode;
  description?: ReactNode;
  name: string;
  /** The chosen CBS code, '' for none. */
  value: string;
  onValueChange: (code: string) => void;
  error?: string | null | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}

/**
 * Choosing one of 342 municipalities: a search field narrows the list below it by name or common
 * name ("Den Haag" finds 's-Gravenhage; case, accents and apostrophes do not matter). One match is
 * chosen at once, so typing a name and pressing Enter is enough; the count is announced.
 */
export function MunicipalityField({ label, description, name, value, onValueChange, error, selectRef }: MunicipalityFieldProps) {
  const { t } = useTranslation();
  const countId = useId();
  const [query, setQuery] = useState('');
  const municipalities = useSortedMunicipalities();
  const matches = useMemo(() => searchByName(municipalities, query), [municipalities, query]);

  const search = (next: string) => {
    setQuery(next);
    // Keep the list and the value in step: a choice the search no longer shows is dropped.
    const found = searchByName(municipalities, next);
    if (found.length === 1) onValueChange(found[0]!.entry.code);
    else if (!found.some((m) => m.entry.code === value)) onValueChange('');
  };

  return (
    <div className="sr-municipality-field">
      <TextField
        label={t('municipality.search')}
        description={t('municipality.searchDescription')}
        type="search"
        name={`${name}-zoeken`}
        autoComplete="off"
        value={query}
        onValueChange={search}
        aria-describedby={countId}
      />
      <p id={countId} role="status" className="sr-municipality-field__count">
        {query.trim() === '' ? '' : matches.length === 0 ? t('municipality.noneFound') : t('municipality.found', { count: matches.length })}
      </p>
      <SelectField
        label={label}
        description={description}
        selectRef={selectRef}
        name={name}
        value={matches.some((m) => m.entry.code === value) ? value : ''}
        onValueChange={onValueChange}
        error={error}
      >
        <MunicipalityOptions matches={matches} />
      </SelectField>
    </div>
  );
}
