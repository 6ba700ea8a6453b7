import { validateTraining } from '../training/validate-training';
import type { CheckedContentError } from './content';
import { asProblem, message, type EntryKind, type Message } from './content-messages';
import type { ContentFiles, SourcedFile } from './content-files';
import { indexContacts } from './compile-contact';
import { forEachSourceId } from './cite-sources';
import { normalizeName } from '../regions/name-search';
import { validateRouteMapGraph } from '../routemap/validate-graph';
import { checkInfoPoint } from '../info-point/validate-info-point';

/**
 * Checks what no single file schema can: references between files and uniqueness across them.
 * Every error is collected, so an administrator fixes a whole batch in one go instead of one per
 * load. Pure, so the same checks can run in an editor in the browser.
 */
export function validateContent(files: ContentFiles): CheckedContentError[] {
  const errors: CheckedContentError[] = [];
  const report = (file: string, node: string | undefined, m: Message) =>
    errors.push(node === undefined ? { file, ...asProblem(m) } : { file, node, ...asProblem(m) });

  const regions = checkRegions(files, report);
  checkMunicipalities(files, regions, report);
  checkPartners(files, regions, report);
  checkRouteMaps(files, regions, report);
  checkKnowledge(files, report);
  checkInfoPoint(files, report);
  checkSources(files, report);
  if (files.training) errors.push(...validateTraining(files.training, files));
  return errors;
}

type Report = (file: string, node: string | undefined, m: Message) => void;

interface RegionIndex {
  /** Region id → its subregion ids. */
  subregionsOf: Map<string, Set<string>>;
  /** Subregion id → the region it belongs to. */
  regionOfSubregion: Map<string, string>;
  fallback: string | undefined;
}

function checkRegions(files: ContentFiles, report: Report): RegionIndex {
  const { file, data } = files.regions;
  const subregionsOf = new Map<string, Set<string>>();
  const regionOfSubregion = new Map<string, string>();
  const mapIds = new Set(files.routemaps.map((m) => m.data.id));
  for (const region of data.regions) {
    if (subregionsOf.has(region.id)) report(file, region.id, message('content.duplicateRegion', { region: region.id }));
    const own = subregionsOf.get(region.id) ?? new Set<string>();
    subregionsOf.set(region.id, own);
    for (const sub of region.subregions) {
      // Contacts and municipalities name a subregion by id alone, so the id must be unique over all regions.
      const owner = regionOfSubregion.get(sub.id);
      if (owner !== undefined) {
        report(file, region.id, message('content.duplicateSubregion', { region: region.id, subregion: sub.id, ...(owner === region.id ? {} : { owner }) }));
      } else {
        regionOfSubregion.set(sub.id, region.id);
      }
      own.add(sub.id);
    }
    const listed = new Set<string>();
    for (const mapId of region.routemaps) {
      if (listed.has(mapId)) report(file, region.id, message('content.regionMapTwice', { region: region.id, map: mapId }));
      listed.add(mapId);
      if (!mapIds.has(mapId)) report(file, region.id, message('content.regionMapMissing', { region: region.id, map: mapId }));
    }
  }
  const fallbacks = data.regions.filter((r) => r.fallback).map((r) => r.id);
  if (fallbacks.length === 0) {
    report(file, undefined, message('content.noFallback'));
  } else if (fallbacks.length > 1) {
    report(file, undefined, message('content.manyFallbacks', { regions: fallbacks }));
  }
  return { subregionsOf, regionOfSubregion, fallback: fallbacks.length === 1 ? fallbacks[0] : undefined };
}

function checkMunicipalities(files: ContentFiles, regions: RegionIndex, report: Report): void {
  const { file, data } = files.municipalities;
  const codes = new Set<string>();
  const names = new Map<string, string>();
  for (const m of data.municipalities) {
    const named = { name: m.name, code: m.code };
    if (codes.has(m.code)) report(file, m.code, message('content.duplicateMunicipalityCode', named));
    codes.add(m.code);
    // Case-insensitive: users pick their municipality by name, two entries differing only in case would be ambiguous.
    const key = m.name.toLocaleLowerCase('nl');
    const other = names.get(key);
    if (other !== undefined) report(file, m.code, message('content.duplicateMunicipalityName', { ...named, other }));
    else names.set(key, m.code);

    if (m.region !== undefined && !regions.subregionsOf.has(m.region)) {
      report(file, m.code, message('content.municipalityRegionMissing', { ...named, region: m.region }));
      continue;
    }
    const region = m.region ?? regions.fallback;
    if (m.subregion === undefined || region === undefined) continue;
    const owner = regions.regionOfSubregion.get(m.subregion);
    if (owner === undefined) report(file, m.code, message('content.municipalitySubregionMissing', { ...named, subregion: m.subregion }));
    else if (owner !== region) {
      report(file, m.code, message('content.municipalitySubregionElsewhere', { ...named, subregion: m.subregion, owner, region, fallback: m.region === undefined }));
    }
  }
  checkAliases(file, data.municipalities, report);
}

/** An alias that is another municipality's name, or two municipalities' alias, would make the search point two ways. */
function checkAliases(file: string, municipalities: readonly { code: string; name: string; aliases?: readonly string[] }[], report: Report): void {
  const owner = new Map<string, string>();
  for (const m of municipalities) owner.set(normalizeName(m.name), m.code);
  for (const m of municipalities) {
    for (const alias of m.aliases ?? []) {
      const key = normalizeName(alias);
      const other = owner.get(key);
      if (other !== undefined && other !== m.code) report(file, m.code, message('content.aliasTaken', { name: m.name, code: m.code, alias, other }));
      else owner.set(key, m.code);
    }
  }
}

function checkPartners(files: ContentFiles, regions: RegionIndex, report: Report): void {
  const partnerFile = new Map<string, string>();
  const contactFile = new Map<string, string>();
  for (const { file, data } of files.partners) {
    for (const partner of data.partners) {
      const seenIn = partnerFile.get(partner.id);
      if (seenIn !== undefined) report(file, partner.id, message('content.duplicatePartner', { partner: partner.id, ...(seenIn === file ? {} : { other: seenIn }) }));
      else partnerFile.set(partner.id, file);
      for (const region of partner.regions) {
        if (!regions.subregionsOf.has(region)) report(file, partner.id, message('content.partnerRegionMissing', { partner: partner.id, region }));
      }
      for (const contact of partner.contacts) {
        const node = `${partner.id} › ${contact.id}`;
        // Route maps refer to a contact by id alone, so contact ids are unique over all partner files.
        const contactSeenIn = contactFile.get(contact.id);
        if (contactSeenIn !== undefined) {
          report(file, node, message('content.duplicateContact', { contact: contact.id, ...(contactSeenIn === file ? {} : { other: contactSeenIn }) }));
        } else contactFile.set(contact.id, file);
        if (contact.subregion === undefined) continue;
        const owner = regions.regionOfSubregion.get(contact.subregion);
        if (owner === undefined) report(file, node, message('content.contactSubregionMissing', { contact: contact.id, subregion: contact.subregion }));
        else if (partner.regions.length > 0 && !partner.regions.includes(owner)) {
          report(file, node, message('content.contactSubregionElsewhere', { contact: contact.id, subregion: contact.subregion, owner, partner: partner.id }));
        }
      }
    }
  }
}

function checkRouteMaps(files: ContentFiles, regions: RegionIndex, report: Report): void {
  const contacts = indexContacts(files.partners.flatMap((p) => p.data.partners));
  const contactIds = new Set(contacts.keys());
  const mapFile = new Map<string, string>();
  for (const { file, data: map } of files.routemaps) {
    const seenIn = mapFile.get(map.id);
    if (seenIn !== undefined) report(file, undefined, message('content.duplicateMap', { map: map.id, other: seenIn }));
    else mapFile.set(map.id, file);
    const regionKnown = regions.subregionsOf.has(map.region);
    if (!regionKnown) report(file, undefined, message('content.mapRegionMissing', { map: map.id, region: map.region }));

    for (const e of validateRouteMapGraph(map, contactIds, file)) report(e.file, e.node, e);

    // A regional partner on another region's map would send a municipality to the wrong team.
    if (!regionKnown) continue;
    for (const node of map.nodes) {
      if (node.type !== 'outcome') continue;
      for (const id of new Set(node.contacts)) {
        const record = contacts.get(id);
        if (!record || record.partner.regions.length === 0 || record.partner.regions.includes(map.region)) continue;
        report(file, node.id, message('content.contactOutsideRegion', { node: node.id, contact: id, partner: record.partner.id, region: map.region }));
      }
    }
  }
}

/** Reports ids that occur more than once in one list of entries of one kind (of `form`, for signals). */
function uniqueIds(file: string, kind: EntryKind, ids: readonly string[], report: Report, form?: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) report(file, id, message('content.duplicateEntry', { kind, id, ...(form === undefined ? {} : { form }) }));
    seen.add(id);
  }
}

function checkKnowledge(files: ContentFiles, report: Report): void {
  const { forms, riskGroups, sectors, conversation, steps } = files.knowledge;
  uniqueIds(forms.file, 'form', forms.data.forms.map((f) => f.id), report);
  for (const form of forms.data.forms) uniqueIds(forms.file, 'signal', form.signals.map((s) => s.id), report, form.id);
  uniqueIds(riskGroups.file, 'riskGroup', riskGroups.data.riskGroups.map((g) => g.id), report);
  uniqueIds(sectors.file, 'sector', sectors.data.sectors.map((s) => s.id), report);
  uniqueIds(conversation.file, 'tip', [...conversation.data.promoting, ...conversation.data.hindering].map((i) => i.id), report);
  for (const [name, plan] of [['meldcode', steps.data.meldcode], ['stepPlan', steps.data.stepPlan]] as const) {
    // Steps are shown and referred to by number ("stap 3"), so they must read 1, 2, 3, ... in order.
    plan.steps.forEach((step, index) => {
      if (step.number !== index + 1) report(steps.file, name, message('content.stepNumber', { plan: name, position: index + 1, number: step.number }));
    });
  }
}

/**
 * Every `source` in partners, route maps and knowledge must name a document of sources.yaml, which
 * is what users see cited. Found by walking the parsed files, so a new kind of entry is covered too.
 */
function checkSources(files: ContentFiles, report: Report): void {
  const known = new Set<string>();
  for (const doc of files.sources.data.sources) {
    if (known.has(doc.id)) report(files.sources.file, doc.id, message('content.duplicateSource', { source: doc.id }));
    known.add(doc.id);
  }
  const cited: SourcedFile<unknown>[] = [...files.partners, ...files.routemaps, ...Object.values(files.knowledge), ...files.infoPoint.translations];
  for (const { file, data } of cited) {
    forEachSourceId(data, (id, entry) => {
      if (!known.has(id)) report(file, entry, message('content.unknownSource', { source: id, file: files.sources.file }));
    });
  }
}
