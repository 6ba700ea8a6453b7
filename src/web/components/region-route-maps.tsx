import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions, useRouteMaps } from '../api/queries';
import type { RegionView, RouteMapSummary } from '../api/types';
import { useMunicipality } from '../state/use-municipality';
import { LoadingState } from './loading-state';
import { QueryError } from './query-error';
import { RouteMapList } from './routemap-list';

function mapsOf(region: RegionView, all: RouteMapSummary[]): RouteMapSummary[] {
  return region.routemaps.map((id) => all.find((m) => m.id === id)).filter((m): m is RouteMapSummary => m !== undefined);
}

/**
 * The route maps for the chosen municipality's region, in the region's order. Without a choice
 * every region's maps are offered, so nobody is stuck behind the picker.
 */
export function RegionRouteMaps() {
  const { t } = useTranslation();
  const headingId = useId();
  const regions = useRegions();
  const maps = useRouteMaps();
  const { municipality } = useMunicipality();

  if (regions.isPending || maps.isPending) return <LoadingState />;
  if (regions.isError) return <QueryError error={regions.error} />;
  if (maps.isError) return <QueryError error={maps.error} />;

  const region = municipality ? regions.data.find((r) => r.id === municipality.region) : undefined;
  return (
    <section aria-labelledby={headingId} className="sr-section">
      {region ? (
        <>
          <Heading2 id={headingId}>{t('home.mapsForRegion', { region: region.name })}</Heading2>
          <RouteMapList maps={mapsOf(region, maps.data)} />
        </>
      ) : (
        <>
          <Heading2 id={headingId}>{t('home.allMaps')}</Heading2>
          <Paragraph>{t('home.allMapsIntro')}</Paragraph>
          {regions.data.map((r) => (
            <div key={r.id} className="sr-region">
              <Heading3>{r.name}</Heading3>
              <RouteMapList maps={mapsOf(r, maps.data)} />
            </div>
          ))}
        </>
      )}
    </section>
  );
}
