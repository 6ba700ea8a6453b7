import type { RegionPack } from '../../domain/content/region-pack-schema';
import type { MergeChoices } from '../../domain/content/merge-release';
import type { PackDiff, PackVersionSummary, RegionPackState, ReleaseProposal } from '../../domain/content/region-pack-state';
import { getJson, sendJson } from './client';

/** The regiobeheerder's region content (issue 9): published version, draft, history. */
export const regionPackKey = (region: string) => ['region-pack', region] as const;
export const regionPackVersionsKey = (region: string) => ['region-pack', region, 'versions'] as const;

const base = (region: string) => `/api/v1/regions/${encodeURIComponent(region)}/pack`;

export function getRegionPack(region: string): Promise<RegionPackState> {
  return getJson<RegionPackState>(base(region), null);
}

/** Saves the whole draft; a draft with problems is saved too (it cannot be published). */
export function saveRegionPackDraft(region: string, pack: RegionPack, basedOn: number): Promise<RegionPackState> {
  return sendJson<RegionPackState>('PUT', `${base(region)}/draft`, { pack, basedOn });
}

export function discardRegionPackDraft(region: string): Promise<RegionPackState> {
  return sendJson<RegionPackState>('DELETE', `${base(region)}/draft`);
}

export function publishRegionPack(region: string, reason: string): Promise<RegionPackState> {
  return sendJson<RegionPackState>('POST', `${base(region)}/publish`, { reason });
}

export function getRegionPackVersions(region: string): Promise<{ versions: PackVersionSummary[] }> {
  return getJson<{ versions: PackVersionSummary[] }>(`${base(region)}/versions`, null);
}

export function getRegionPackVersion(region: string, version: number): Promise<PackVersionSummary & { pack: RegionPack }> {
  return getJson<PackVersionSummary & { pack: RegionPack }>(`${base(region)}/versions/${version}`, null);
}

export function getRegionPackDiff(region: string, from: number, to: number): Promise<PackDiff> {
  return getJson<PackDiff>(`${base(region)}/diff`, null, { from: String(from), to: String(to) });
}

export function rollbackRegionPack(region: string, version: number, reason: string): Promise<RegionPackState> {
  return sendJson<RegionPackState>('POST', `${base(region)}/rollback`, { version, reason });
}

/** A pack file (YAML or JSON text) becomes the draft; nothing is published until the user does. */
export function importRegionPack(region: string, text: string): Promise<RegionPackState> {
  return sendJson<RegionPackState>('POST', `${base(region)}/import`, { text });
}

/** Where the browser downloads a version as a YAML file. */
export const regionPackExportUrl = (region: string, version?: number): string =>
  version === undefined ? `${base(region)}/export` : `${base(region)}/export?version=${version}`;

export const releaseProposalKey = (region: string) => ['region-pack', region, 'release'] as const;

/** What a waiting release proposes (ADR 32); empty lists and `release: null` when none waits. */
export function getReleaseProposal(region: string): Promise<ReleaseProposal> {
  return getJson<ReleaseProposal>(`${base(region)}/release`, null);
}

/** The chosen entries of the release become the draft (per key: `theirs` takes the release's version). */
export function acceptRelease(region: string, choices: MergeChoices): Promise<RegionPackState> {
  return sendJson<RegionPackState>('POST', `${base(region)}/release`, { choices });
}

export function refuseRelease(region: string): Promise<RegionPackState> {
  return sendJson<RegionPackState>('POST', `${base(region)}/release/refuse`);
}
