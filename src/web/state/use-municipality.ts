import { useMunicipalities } from '../api/queries';
import type { Municipality } from '../api/types';
import { useMunicipalityCode } from './municipality-store';

/** The chosen municipality resolved against the API's list; null when none is chosen or known. */
export function useMunicipality(): { municipality: Municipality | null; loading: boolean } {
  const code = useMunicipalityCode();
  // Without a choice there is nothing to resolve: a route map opened from a link need not load the list.
  const { data, isPending } = useMunicipalities({ enabled: code !== null });
  if (code === null) return { municipality: null, loading: false };
  if (!data) return { municipality: null, loading: isPending };
  return { municipality: data.find((m) => m.code === code) ?? null, loading: false };
}
