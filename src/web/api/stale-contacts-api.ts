import type { Language } from '../../domain/content/localized';
import type { StaleContactsView } from '../../domain/content/stale-contacts';
import { getJson } from './client';

export const staleContactsKey = (region: string, lang: Language) => ['stale-contacts', region, lang] as const;

/** The regiobeheerder's region contacts not checked for 12 months, in the published content. */
export function getStaleContacts(region: string, lang: Language): Promise<StaleContactsView> {
  return getJson<StaleContactsView>(`/api/v1/regions/${encodeURIComponent(region)}/stale-contacts`, lang);
}
