import type { CheckedContentError } from './content';
import { asProblem, message, type Message } from './content-messages';
import type { ContentFiles } from './content-files';
import { forEachSourceId } from './cite-sources';
import { indexContacts } from './compile-contact';
import type { Partner } from './partner-schema';
import { contentWithPack, packLabel } from './region-pack';
import type { RegionPack } from './region-pack-schema';
import { validateContent } from './validate-content';

/** A problem in a pack, at a place in it: keys and list positions from the top of the file. */
export interface PackIssue {
  path: PropertyKey[];
  /** In Dutch; the browser shows `code` with `params` in the UI language (content-messages.ts). */
  message: string;
  /** Absent for the schema's structure messages, which are Dutch only. */
  code?: string;
  params?: object;
}

/** The name the pack's document list has in messages: the field `sources` of the pack. */
const PACK_SOURCES = 'sources';

/**
 * Checks a pack that passed regionPackSchema (which checks the structure, phone numbers and e-mail
 * addresses) against the installation's content: every rule of validateContent (references,
 * unreachable nodes, cycles, paths without an outcome, 112 first, ...) on the content as it would
 * be after importing the pack, plus the rules of a pack itself (its maps and partners are the
 * region's, the national partners it names exist, it carries the documents it cites). Pure, so the
 * editor in the browser can run it live later.
 */
export function validateRegionPack(pack: RegionPack, national: ContentFiles): PackIssue[] {
  const merged = contentWithPack(national, pack);
  const errors = validateContent({ ...merged, sources: { ...merged.sources, file: PACK_SOURCES } });
  const shared = new Set([national.regions.file, national.municipalities.file, PACK_SOURCES]);
  return [...packRules(pack, national, merged), ...errors.map((e) => locate(pack, e, shared))];
}

type Issue = (path: PropertyKey[], m: Message) => void;

function packRules(pack: RegionPack, national: ContentFiles, merged: ContentFiles): PackIssue[] {
  const issues: PackIssue[] = [];
  const issue: Issue = (path, m) => issues.push({ path, ...asProblem(m) });
  const { id, fallback } = pack.region;
  const nationalPartners = national.partners.flatMap((f) => f.data.partners);
  const nationalMaps = new Map(national.routemaps.map((f) => [f.data.id, f.data.region]));
  const fallbackRegion = national.regions.data.regions.find((r) => r.fallback)?.id;

  pack.routemaps.forEach((map, i) => {
    if (map.region !== id) issue(['routemaps', i, 'region'], message('pack.mapOfOtherRegion', { map: map.id, owner: map.region, region: id }));
  });
  const packMaps = new Set(pack.routemaps.map((m) => m.id));
  pack.region.routemaps.forEach((mapId, i) => {
    const owner = nationalMaps.get(mapId);
    if (packMaps.has(mapId) || owner === undefined || owner === fallbackRegion || owner === id) return;
    issue(['region', 'routemaps', i], message('pack.offersOtherMap', { map: mapId, owner }));
  });

  pack.partners.forEach((partner, i) => {
    if (fallback && partner.regions.length > 0) {
      issue(['partners', i, 'regions'], message('pack.regionalPartnerInNational', { partner: partner.id }));
    } else if (!fallback && !partner.regions.includes(id)) {
      issue(['partners', i, 'regions'], message('pack.partnerNotInRegion', { partner: partner.id, region: id }));
    }
  });

  checkNationalPartners(pack, nationalPartners, issue);

  const byCode = new Map(national.municipalities.data.municipalities.map((m) => [m.code, m]));
  pack.municipalities.forEach((m, i) => {
    const other = byCode.get(m.code)?.region;
    if (other !== undefined && other !== id && other !== fallbackRegion) {
      issue(['municipalities', i], message('pack.municipalityOfOtherRegion', { name: m.name, code: m.code, owner: other }));
    }
  });

  if (pack.knowledge && !fallback) {
    issue(['knowledge'], message('pack.knowledgeIsNational', fallbackRegion ? { fallback: fallbackRegion } : {}));
  }

  // A document the installation has but the pack lacks would pass validateContent; the pack must carry it.
  const inPack = new Set(pack.sources.map((s) => s.id));
  const known = new Set(merged.sources.data.sources.map((s) => s.id));
  forEachSourceId({ partners: pack.partners, routemaps: pack.routemaps, knowledge: pack.knowledge }, (sourceId, _entry, path) => {
    if (!inPack.has(sourceId) && known.has(sourceId)) {
      issue([...path], message('pack.sourceNotInPack', { source: sourceId, list: PACK_SOURCES }));
    }
  });
  return issues;
}

/** The national partners a regional pack names must exist and be national, and its maps must name every one they use. */
function checkNationalPartners(pack: RegionPack, nationalPartners: readonly Partner[], issue: Issue): void {
  if (pack.region.fallback) {
    if (pack.nationalPartners.length > 0) issue(['nationalPartners'], message('pack.nationalPartnersInNational'));
    return;
  }
  const byId = new Map(nationalPartners.map((p) => [p.id, p]));
  pack.nationalPartners.forEach((partnerId, i) => {
    const partner = byId.get(partnerId);
    if (!partner) issue(['nationalPartners', i], message('pack.unknownNationalPartner', { partner: partnerId }));
    else if (partner.regions.length > 0) issue(['nationalPartners', i], message('pack.partnerNotNational', { partner: partnerId, regions: partner.regions }));
  });
  const named = new Set(pack.nationalPartners);
  const ownContacts = indexContacts(pack.partners);
  const nationalContacts = indexContacts(nationalPartners.filter((p) => p.regions.length === 0));
  pack.routemaps.forEach((map, i) =>
    map.nodes.forEach((node, j) => {
      if (node.type !== 'outcome') return;
      node.contacts.forEach((contactId, k) => {
        const partner = nationalContacts.get(contactId)?.partner;
        if (!partner || ownContacts.has(contactId) || named.has(partner.id)) return;
        issue(['routemaps', i, 'nodes', j, 'contacts', k], message('pack.nationalPartnerUnnamed', { contact: contactId, partner: partner.id }));
      });
    }),
  );
}

/** The path of a pack part from its label in the merged content, or undefined for the installation's own files. */
function sectionOf(pack: RegionPack, file: string): PropertyKey[] | undefined {
  if (file === packLabel('partners')) return ['partners'];
  if (file === packLabel('knowledge')) return ['knowledge'];
  const prefix = packLabel('routemaps', '');
  if (file.startsWith(prefix)) return ['routemaps', pack.routemaps.findIndex((m) => m.id === file.slice(prefix.length))];
  return undefined;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
}

/** Depth first, the path to the entry whose `id` (or `code`) is `id`, or to the field named `id`. */
function pathTo(value: unknown, id: string): PropertyKey[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const record = child as Record<string, unknown> | null;
    if (key === id || (typeof record === 'object' && record !== null && (record.id === id || record.code === id))) return [key];
    const below = pathTo(child, id);
    if (below) return [key, ...below];
  }
  return undefined;
}

/** Follows the ids of a node ("partner › contact") as far as they are found below `base`. */
function pathOfNode(pack: RegionPack, base: PropertyKey[], node: string | undefined): PropertyKey[] | undefined {
  if (node === undefined) return base;
  let path = base;
  for (const id of node.split(' › ')) {
    const below = pathTo(valueAt(pack, path), id);
    if (!below) return path === base ? undefined : path;
    path = [...path, ...below];
  }
  return path;
}

/**
 * Where a content error is in the pack. Errors in the pack's own parts are located by the ids the
 * error names; errors in the shared lists (regions, municipalities, documents) when they name an
 * entry of the pack; any other error is the installation's, caused by the pack (say, a national
 * partner the national pack drops that a regional map still uses), and names that file.
 */
function locate(pack: RegionPack, e: CheckedContentError, shared: ReadonlySet<string>): PackIssue {
  const problem = { message: e.message, code: e.code, params: e.params };
  const section = sectionOf(pack, e.file);
  if (section) return { path: pathOfNode(pack, section, e.node) ?? section, ...problem };
  const found = shared.has(e.file) ? pathOfNode(pack, [], e.node) : undefined;
  if (found) return { path: found, ...problem };
  return { path: [], ...asProblem(message('pack.elsewhere', { file: e.file, ...(e.node === undefined ? {} : { node: e.node }), problem: { code: e.code, params: e.params } })) };
}
