import type { ItemInput } from '../../domain/basisniveau/status';
import type { ChecklistView, RegionMatrixView } from '../../domain/basisniveau/views';
import { getJson, sendJson } from './client';

// The calls of the basisniveau checklist; only its lazy pages and sections import this module.

export const CHECKLIST_KEY = ['basisniveau'] as const;
export const REGION_MATRIX_KEY = ['basisniveau', 'region'] as const;

/** The own municipality's checklist (AF and beheerder). */
export function getChecklist(lang: 'nl' | 'en'): Promise<ChecklistView> {
  return getJson<ChecklistView>('/api/v1/basisniveau', lang);
}

/** The beheerder confirms one point; the answer is the whole checklist as it now is. */
export function saveChecklistItem(item: string, input: ItemInput, lang: 'nl' | 'en'): Promise<ChecklistView> {
  return sendJson<ChecklistView>('PUT', `/api/v1/basisniveau/items/${encodeURIComponent(item)}?lang=${lang}`, input);
}

/** The statuses of the region's municipalities side by side (regiobeheerder). */
export function getRegionMatrix(lang: 'nl' | 'en'): Promise<RegionMatrixView> {
  return getJson<RegionMatrixView>('/api/v1/basisniveau/region', lang);
}
