import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import type { RegionPack } from '../../../../domain/content/region-pack-schema';
import type { RegionPackState } from '../../../../domain/content/region-pack-state';
import { validateRegionPack, type PackIssue } from '../../../../domain/content/validate-region-pack';
import { mapFieldIssues } from '../../../../domain/routemap/map-issues';
import { getRegionPack, regionPackKey, saveRegionPackDraft } from '../../../api/region-pack-api';

/** The region's content as the server has it: the draft, or the published version without one. */
export function useRegionPack(region: string) {
  return useQuery({ queryKey: regionPackKey(region), queryFn: () => getRegionPack(region), staleTime: Infinity });
}

/** The pack an editor starts from: the draft in progress, else the published version. */
export const packOf = (state: RegionPackState): RegionPack => state.draft?.pack ?? state.published.pack;

/**
 * A regiobeheerder's edits of the region pack, kept in memory until "Concept opslaan" sends the
 * whole pack (a draft with problems is saved too; it cannot be published). Problems are computed
 * live with the server's own rules (validateRegionPack) plus the texts a map must have; on a
 * deferred copy, so typing never waits on the validation.
 */
export function usePackDraft(region: string, state: RegionPackState) {
  const queryClient = useQueryClient();
  const [pack, setPack] = useState<RegionPack>(() => packOf(state));
  const [saved, setSaved] = useState<RegionPack>(pack);
  const [basedOn, setBasedOn] = useState(state.draft?.basedOn ?? state.published.version);
  const checked = useDeferredValue(pack);
  const issues = useMemo<PackIssue[]>(
    () => [...checked.routemaps.flatMap((map, i) => mapFieldIssues(map, i)), ...validateRegionPack(checked, state.context)],
    [checked, state.context],
  );
  const save = useMutation({
    mutationFn: (toSave: RegionPack) => saveRegionPackDraft(region, toSave, basedOn),
    onSuccess: (next, toSave) => {
      queryClient.setQueryData(regionPackKey(region), next);
      setSaved(toSave);
      if (next.draft) setBasedOn(next.draft.basedOn);
    },
  });
  return { pack, setPack, issues, dirty: pack !== saved, save, basedOn, updatedAt: save.data?.draft?.updatedAt ?? state.draft?.updatedAt ?? null };
}
