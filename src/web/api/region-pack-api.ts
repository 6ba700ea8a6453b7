import type { RegionPack } from '../../domain/content/region-pack-schema';
import type { PackDiff, PackVersionSummary, RegionPackState } from '../../domain/content/region-pack-state';
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
