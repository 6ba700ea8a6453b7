import { SelectOption } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameMatch } from '../../domain/regions/name-search';
import type { Municipality } from '../../domain/regions/schema';
import { useMunicipalities } from '../api/queries';

/** Every municipality, by name in the user's language (none while loading). */
export function useSortedMunicipalities(): Municipality[] {
  const { i18n } = useTranslation();
  const municipalities = useMunicipalities();
  return useMemo(
    () => [...(municipalities.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [municipalities.data, i18n.language],
  );
}

/**
 * The options of a municipality select: "choose" first, then the given municipalities. One found
 * by another name shows that name too ("'s-Gravenhage (Den Haag)"), so the user sees why it is there.
 */
export function MunicipalityOptions({ matches }: { matches: NameMatch<Municipality>[] }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectOption value="">{t('municipality.placeholder')}</SelectOption>
      {matches.map(({ entry, alias }) => (
        <SelectOption key={entry.code} value={entry.code}>
          {alias ? `${entry.name} (${alias})` : entry.name}
        </SelectOption>
      ))}
    </>
  );
}
