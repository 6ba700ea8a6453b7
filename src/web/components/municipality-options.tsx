import { SelectOption } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../api/queries';

/** The options of a municipality select: "choose" first, then every municipality by name in the user's language. */
export function MunicipalityOptions() {
  const { t, i18n } = useTranslation();
  const municipalities = useMunicipalities();
  const sorted = useMemo(
    () => [...(municipalities.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [municipalities.data, i18n.language],
  );
  return (
    <>
      <SelectOption value="">{t('municipality.placeholder')}</SelectOption>
      {sorted.map((m) => (
        <SelectOption key={m.code} value={m.code}>
          {m.name}
        </SelectOption>
      ))}
    </>
  );
}
