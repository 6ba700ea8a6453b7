import type { ContentFiles, SourcedFile } from './content-files';
import { forEachSourceId } from './cite-sources';
import { indexContacts } from './compile-contact';
import type { Partner } from './partner-schema';
import { REGION_PACK_FORMAT_VERSION, type PackKnowledge, type RegionPack } from './region-pack-schema';
import type { MunicipalityEntry } from '../regions/schema';
import type { RouteMapFile } from '../routemap/schema';

/**
 * How the parts of a pack are named in the ContentFiles that contentWithPack builds, in the place
 * of a file name: validation messages then say which part of the pack they are about.
 */
const PACK_LABEL = 'regiopakket';
export const packLabel = (...parts: string[]): string => [PACK_LABEL, ...parts].join(' › ');

/** Whether a partner belongs to the pack of `region`: the national pack holds the partners without regions. */
function servesRegion(partner: Partner, region: { id: string; fallback: boolean }): boolean {
  return region.fallback ? partner.regions.length === 0 : partner.regions.includes(region.id);
}

function withoutRegion(m: MunicipalityEntry): Omit<MunicipalityEntry, 'region'> {
  const copy = { ...m };
  delete copy.region;
  return copy;
}

function packKnowledge(k: ContentFiles['knowledge']): PackKnowledge {
  return { ...k.forms.data, ...k.riskGroups.data, ...k.sectors.data, conversation: k.conversation.data, ...k.steps.data };
}

function knowledgeFiles(k: PackKnowledge): ContentFiles['knowledge'] {
  const file = packLabel('knowledge');
  return {
    forms: { file, data: { trafficking: k.trafficking, forms: k.forms } },
    riskGroups: { file, data: { riskGroups: k.riskGroups } },
    sectors: { file, data: { sectors: k.sectors } },
    conversation: { file, data: k.conversation },
    steps: { file, data: { meldcode: k.meldcode, stepPlan: k.stepPlan } },
  };
}

/** The national partners whose contacts the maps use, in the order of the content files. */
function nationalPartnersUsed(maps: readonly RouteMapFile[], partners: readonly Partner[]): string[] {
  const contacts = indexContacts(partners);
  const used = new Set<string>();
  for (const map of maps) {
    for (const node of map.nodes) {
      if (node.type !== 'outcome') continue;
      for (const id of node.contacts) {
        const partner = contacts.get(id)?.partner;
        if (partner && partner.regions.length === 0) used.add(partner.id);
      }
    }
  }
  return partners.filter((p) => used.has(p.id)).map((p) => p.id);
}

/**
 * The pack of one region, taken from the content files; undefined for an unknown region.
 * `contentVersion` is recorded as the version the pack was exported from.
 */
export function regionPackOf(files: ContentFiles, regionId: string, contentVersion?: string): RegionPack | undefined {
  const region = files.regions.data.regions.find((r) => r.id === regionId);
  if (!region) return undefined;
  const fallback = files.regions.data.regions.find((r) => r.fallback)?.id;
  const allPartners = files.partners.flatMap((f) => f.data.partners);
  const partners = allPartners.filter((p) => servesRegion(p, region));
  const routemaps = files.routemaps.map((f) => f.data).filter((m) => m.region === regionId);
  const knowledge = region.fallback ? packKnowledge(files.knowledge) : undefined;
  const cited = new Set<string>();
  forEachSourceId({ partners, routemaps, knowledge }, (id) => cited.add(id));
  return {
    formatVersion: REGION_PACK_FORMAT_VERSION,
    ...(contentVersion === undefined ? {} : { exportedFrom: contentVersion }),
    region,
    municipalities: files.municipalities.data.municipalities.filter((m) => (m.region ?? fallback) === regionId).map(withoutRegion),
    partners,
    nationalPartners: region.fallback ? [] : nationalPartnersUsed(routemaps, allPartners),
    routemaps,
    ...(knowledge === undefined ? {} : { knowledge }),
    sources: files.sources.data.sources.filter((s) => cited.has(s.id)),
  };
}

/**
 * Puts `replacement` where the first file that held entries of the region was, so that a pack read
 * back in keeps the order users see (partners and maps are listed in file order).
 */
function replaceInPlace<T>(
  files: readonly SourcedFile<T>[],
  split: (file: SourcedFile<T>) => { rest: SourcedFile<T> | undefined; held: boolean },
  replacement: SourcedFile<T>[],
): SourcedFile<T>[] {
  const result: SourcedFile<T>[] = [];
  let placed = false;
  for (const file of files) {
    const { rest, held } = split(file);
    if (rest) result.push(rest);
    if (held && !placed) {
      result.push(...replacement);
      placed = true;
    }
  }
  if (!placed) result.push(...replacement);
  return result;
}

function upsertById<T extends { id: string }>(list: readonly T[], entries: readonly T[]): T[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const result = list.map((item) => byId.get(item.id) ?? item);
  const present = new Set(list.map((item) => item.id));
  return [...result, ...entries.filter((e) => !present.has(e.id))];
}

/**
 * The content with the pack's region replaced by the pack: what the installation would serve after
 * importing it. Not validated (validateRegionPack and buildContent do that). A municipality the pack
 * no longer lists falls back to the national region (or, in the national pack, leaves the list); a
 * partner of several regions that the pack drops keeps its other regions. Source documents are
 * shared by id: the pack's version of a document replaces the installation's.
 */
export function contentWithPack(files: ContentFiles, pack: RegionPack): ContentFiles {
  const region = pack.region;
  const oldFallback = files.regions.data.regions.find((r) => r.fallback)?.id;
  const inPack = (m: MunicipalityEntry): MunicipalityEntry => (region.fallback ? m : { ...m, region: region.id });

  const listed = new Map(pack.municipalities.map((m) => [m.code, m]));
  const municipalities: MunicipalityEntry[] = [];
  for (const m of files.municipalities.data.municipalities) {
    const own = listed.get(m.code);
    if (own) {
      municipalities.push(inPack(own));
      listed.delete(m.code);
    } else if ((m.region ?? oldFallback) !== region.id) {
      municipalities.push(m);
    } else if (!region.fallback) {
      // Subregions belong to the region the municipality leaves.
      municipalities.push({ code: m.code, name: m.name, ...(m.aliases ? { aliases: m.aliases } : {}) });
    }
  }
  municipalities.push(...[...listed.values()].map(inPack));

  const packPartners = new Set(pack.partners.map((p) => p.id));
  const partners = replaceInPlace(
    files.partners,
    (file) => {
      const kept = file.data.partners.flatMap((p): Partner[] => {
        if (!servesRegion(p, region)) return [p];
        if (!region.fallback && p.regions.length > 1 && !packPartners.has(p.id)) return [{ ...p, regions: p.regions.filter((r) => r !== region.id) }];
        return [];
      });
      const held = file.data.partners.some((p) => servesRegion(p, region));
      return { rest: kept.length > 0 ? { file: file.file, data: { partners: kept } } : undefined, held };
    },
    pack.partners.length > 0 ? [{ file: packLabel('partners'), data: { partners: pack.partners } }] : [],
  );

  const routemaps = replaceInPlace(
    files.routemaps,
    (file) => (file.data.region === region.id ? { rest: undefined, held: true } : { rest: file, held: false }),
    pack.routemaps.map((map) => ({ file: packLabel('routemaps', map.id), data: map })),
  );

  return {
    ...files,
    sources: { file: files.sources.file, data: { sources: upsertById(files.sources.data.sources, pack.sources) } },
    regions: { file: files.regions.file, data: { regions: upsertById(files.regions.data.regions, [region]) } },
    municipalities: { file: files.municipalities.file, data: { ...files.municipalities.data, municipalities } },
    partners,
    routemaps,
    knowledge: pack.knowledge && region.fallback ? knowledgeFiles(pack.knowledge) : files.knowledge,
  };
}
