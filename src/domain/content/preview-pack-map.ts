import type { Language } from './localized';
import type { ContentFiles } from './content-files';
import { indexContacts } from './compile-contact';
import { contentWithPack } from './region-pack';
import type { RegionPack } from './region-pack-schema';
import { validateRegionPack, type PackIssue } from './validate-region-pack';
import { compileRouteMap } from '../routemap/compile';
import type { CompiledRouteMap } from '../routemap/compiled';
import { issuesOfMap, mapFieldIssues } from '../routemap/map-issues';
import type { Municipality } from '../regions/schema';

export type PackMapPreview =
  | { status: 'ready'; map: CompiledRouteMap; municipalities: Municipality[] }
  | { status: 'problems'; problems: PackIssue[] }
  | { status: 'not-found' };

/**
 * One map of a draft pack compiled as the installation would serve it once published, for the
 * preview walk (issue 9): the same compile step and contacts as the public route map. The walk
 * engine trusts the graph, so a map with problems of its own is not compiled; problems elsewhere in
 * the pack (another map, a partner the map does not use) do not stop the preview of this one.
 * `municipalities` are the region's, with their subregion: the contacts an outcome shows depend on it.
 */
export function previewPackMap(pack: RegionPack, context: ContentFiles, mapId: string, lang: Language): PackMapPreview {
  const mapIndex = pack.routemaps.findIndex((m) => m.id === mapId);
  const file = pack.routemaps[mapIndex];
  if (!file) return { status: 'not-found' };
  const issues = [...mapFieldIssues(file, mapIndex), ...validateRegionPack(pack, context)];
  const own = issuesOfMap(issues, mapIndex, file);
  const problems = [...own.map, ...[...own.byNode.values()].flat()];
  if (problems.length > 0) return { status: 'problems', problems };

  const merged = contentWithPack(context, pack);
  const contacts = indexContacts(merged.partners.flatMap((f) => f.data.partners));
  const sources = new Map(merged.sources.data.sources.map((s) => [s.id, s]));
  const fallback = merged.regions.data.regions.find((r) => r.fallback)?.id;
  const municipalities = merged.municipalities.data.municipalities
    .filter((m) => (m.region ?? fallback) === pack.region.id)
    .map((m) => ({ code: m.code, name: m.name, aliases: m.aliases ?? [], region: pack.region.id, subregion: m.subregion ?? null }));
  return { status: 'ready', map: compileRouteMap(file, contacts, lang, sources), municipalities };
}
