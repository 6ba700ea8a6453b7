import { useQuery } from '@tanstack/react-query';
import type { InfoPointLanguageView, InfoPointView } from '../../domain/info-point/view';
import { getJson } from './client';

// The information point is in its own languages, not the app's: no `lang` query parameter.
const STALE_MS = 10 * 60 * 1000;

export function useInfoPointLanguages() {
  return useQuery({
    queryKey: ['info-point'],
    queryFn: () => getJson<InfoPointLanguageView[]>('/api/v1/info-point', null),
    staleTime: STALE_MS,
  });
}

export function useInfoPoint(lang: string, region: string | null) {
  return useQuery({
    queryKey: ['info-point', lang, region],
    queryFn: () => getJson<InfoPointView>(`/api/v1/info-point/${encodeURIComponent(lang)}`, null, region ? { region } : {}),
    staleTime: STALE_MS,
  });
}

/** The printable poster of the page, for the region when one is chosen. */
export function posterHref(lang: string, region: string | null): string {
  return `/api/v1/info-point/${encodeURIComponent(lang)}/poster.pdf${region ? `?region=${encodeURIComponent(region)}` : ''}`;
}
