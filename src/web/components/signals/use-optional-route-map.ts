import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client';
import { useLang } from '../../api/queries';
import type { CompiledRouteMap } from '../../api/types';

/** A route map when there is an id (a signal's chosen route), nothing otherwise; shares the wizard's cache. */
export function useOptionalRouteMap(id: string | null | undefined) {
  const lang = useLang();
  return useQuery({
    queryKey: ['routemap', id ?? '', lang],
    queryFn: () => getJson<CompiledRouteMap>(`/api/v1/routemaps/${encodeURIComponent(id ?? '')}`, lang),
    enabled: Boolean(id),
    staleTime: 10 * 60 * 1000,
  });
}
