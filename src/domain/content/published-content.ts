import type { ContentFiles } from './content-files';
import { contentWithPack } from './region-pack';
import type { RegionPack } from './region-pack-schema';

/**
 * The content an installation serves (ADR 28): the release's files with each region's published
 * pack in their place. The national pack goes first, so a regional pack is placed among the
 * national partners and knowledge it builds on; the rest by region id, the same on every instance.
 */
export function filesWithPacks(files: ContentFiles, packs: readonly RegionPack[]): ContentFiles {
  const ordered = [...packs].sort((a, b) => Number(b.region.fallback) - Number(a.region.fallback) || (a.region.id < b.region.id ? -1 : a.region.id > b.region.id ? 1 : 0));
  return ordered.reduce(contentWithPack, files);
}
