import {
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePartners, useRegions } from '../api/queries';
import { LoadingState } from '../components/loading-state';
import { PartnerCard } from '../components/partner-card';
import { QueryError } from '../components/query-error';
import { useDocumentTitle } from '../hooks/use-document-title';
import { filterPartners } from '../lib/partner-filter';
import { useMunicipality } from '../state/use-municipality';

/**
 * The region's partners with a search box. The region defaults to the chosen municipality's;
 * it can be switched (and is kept in the URL). The search text stays out of the URL: users may
 * type anything there.
 */
export function PartnersPage() {
  const { t } = useTranslation();
  const ids = { region: useId(), search: useId(), count: useId() };
  const [searchParams, setSearchParams] = useSearchParams();
  const regions = useRegions();
  const { municipality } = useMunicipality();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  useDocumentTitle(t('partners.title'));

  const fallback = regions.data?.find((r) => r.fallback)?.id ?? regions.data?.[0]?.id ?? null;
  const regionId = searchParams.get('regio') ?? municipality?.region ?? fallback;
  const region = regions.data?.find((r) => r.id === regionId);
  const partners = usePartners(regions.data ? regionId : null);
  const shown = useMemo(() => filterPartners(partners.data ?? [], deferredQuery), [partners.data, deferredQuery]);

  return (
    <div className="sr-container">
      <Heading1>{t('partners.title')}</Heading1>
      <Paragraph>{t('partners.intro')}</Paragraph>
      {regions.isError && <QueryError error={regions.error} />}
      {regions.data && (
        <form className="sr-filters" role="search" onSubmit={(event) => event.preventDefault()}>
          <FormField
            label={<FormLabel htmlFor={ids.region}>{t('partners.region')}</FormLabel>}
            input={
              <Select
                id={ids.region}
                value={regionId ?? ''}
                onChange={(event) => setSearchParams({ regio: event.target.value }, { replace: true })}
              >
                {regions.data.map((r) => (
                  <SelectOption key={r.id} value={r.id}>
                    {r.name}
                  </SelectOption>
                ))}
              </Select>
            }
          />
          <FormField
            label={<FormLabel htmlFor={ids.search}>{t('partners.search')}</FormLabel>}
            input={
              <Textbox
                id={ids.search}
                type="search"
                value={query}
                autoComplete="off"
                aria-describedby={ids.count}
                onChange={(event) => setQuery(event.target.value)}
              />
            }
          />
        </form>
      )}
      {partners.isPending && regions.data && <LoadingState />}
      {partners.isError && <QueryError error={partners.error} />}
      {partners.data && (
        <>
          <Paragraph id={ids.count} role="status" className="sr-count">
            {t('partners.count', { count: shown.length, total: partners.data.length, region: region?.name ?? '' })}
          </Paragraph>
          {shown.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} />
          ))}
        </>
      )}
    </div>
  );
}
