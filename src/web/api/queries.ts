import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getJson } from './client';
import type {
  CompiledRouteMap,
  KnowledgeView,
  Language,
  Municipality,
  OpenApiDocument,
  PartnerView,
  RegionView,
  RouteMapSummary,
} from './types';

/** The UI language as the API expects it; anything but English is Dutch. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

// Content changes only with a deploy or an administrator's edit, so a session may keep it.
const CONTENT_STALE_MS = 10 * 60 * 1000;

/** `enabled: false` reads the list only when another part of the page asks for it (it is the largest answer a first page gets). */
export function useMunicipalities({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: () => getJson<Municipality[]>('/api/v1/municipalities', null),
    staleTime: Infinity,
    enabled,
  });
}

export function useRegions() {
  const lang = useLang();
  return useQuery({
    queryKey: ['regions', lang],
    queryFn: () => getJson<RegionView[]>('/api/v1/regions', lang),
    staleTime: CONTENT_STALE_MS,
  });
}

export function useRouteMaps() {
  const lang = useLang();
  return useQuery({
    queryKey: ['routemaps', lang],
    queryFn: () => getJson<RouteMapSummary[]>('/api/v1/routemaps', lang),
    staleTime: CONTENT_STALE_MS,
  });
}

export function useRouteMap(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: ['routemap', id, lang],
    queryFn: () => getJson<CompiledRouteMap>(`/api/v1/routemaps/${encodeURIComponent(id)}`, lang),
    staleTime: CONTENT_STALE_MS,
    // On a language switch, keep showing the same map until its translation arrives, so the
    // walk (and the user's place in it) does not disappear behind a loading line.
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
  });
}

/** The region's partners in the UI language, or in `fixedLang` (a handover goes to the partner in Dutch). */
export function usePartners(regionId: string | null, fixedLang?: Language) {
  const uiLang = useLang();
  const lang = fixedLang ?? uiLang;
  return useQuery({
    queryKey: ['partners', regionId, lang],
    queryFn: () => getJson<PartnerView[]>('/api/v1/partners', lang, { region: regionId ?? '' }),
    enabled: regionId !== null,
    staleTime: CONTENT_STALE_MS,
  });
}

export function useKnowledge() {
  const lang = useLang();
  return useQuery({
    queryKey: ['knowledge', lang],
    queryFn: () => getJson<KnowledgeView>('/api/v1/knowledge', lang),
    staleTime: CONTENT_STALE_MS,
  });
}

export function useOpenApi() {
  return useQuery({
    queryKey: ['openapi'],
    queryFn: () => getJson<OpenApiDocument>('/api/v1/openapi.json', null),
    staleTime: CONTENT_STALE_MS,
  });
}
