import { Heading1, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePartners, useRegions } from '../api/queries';
import { SelectField } from '../components/form/select-field';
import { TextField } from '../components/form/text-field';
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
  const countId = useId();
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
          <SelectField label={t('partners.region')} value={regionId ?? ''} onValueChange={(regio) => setSearchParams({ regio }, { replace: true })}>
            {regions.data.map((r) => (
              <SelectOption key={r.id} value={r.id}>
                {r.name}
              </SelectOption>
            ))}
          </SelectField>
          <TextField label={t('partners.search')} type="search" value={query} autoComplete="off" aria-describedby={countId} onValueChange={setQuery} />
        </form>
      )}
      {partners.isPending && regions.data && <LoadingState />}
      {partners.isError && <QueryError error={partners.error} />}
      {partners.data && (
        <>
          <Paragraph id={countId} role="status" className="sr-count">
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
