import { canonicalJson } from './content-hash';
import { localize, type LocalizedText } from './localized';
import type { PackKnowledge, RegionPack } from './region-pack-schema';
import type { PackChange, PackDiff } from './region-pack-state';

type Part = PackChange['part'];

/** One entry of a pack as the diff compares it: its fields, without the lists diffed on their own. */
interface Entry {
  id: string;
  label: string;
  fields: Record<string, unknown>;
}

const nl = (text: LocalizedText | undefined): string => (text === undefined ? '' : localize(text, 'nl'));

function omit(value: object, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !keys.includes(k) && v !== undefined));
}

/** The changes of one part between two lists of entries, by id, in the order of the newer list. */
function diffEntries(part: Part, before: readonly Entry[], after: readonly Entry[]): PackChange[] {
  const old = new Map(before.map((e) => [e.id, e]));
  const changes: PackChange[] = [];
  for (const entry of after) {
    const was = old.get(entry.id);
    old.delete(entry.id);
    if (!was) {
      changes.push({ part, id: entry.id, change: 'added', label: entry.label, fields: [] });
      continue;
    }
    const names = [...new Set([...Object.keys(was.fields), ...Object.keys(entry.fields)])];
    const fields = names
      .filter((f) => canonicalJson(was.fields[f]) !== canonicalJson(entry.fields[f]))
      .map((f) => ({ field: f, before: was.fields[f], after: entry.fields[f] }));
    if (fields.length > 0) changes.push({ part, id: entry.id, change: 'changed', label: entry.label, fields });
  }
  for (const entry of old.values()) changes.push({ part, id: entry.id, change: 'removed', label: entry.label, fields: [] });
  return changes;
}

function mapEntries(pack: RegionPack) {
  const maps: Entry[] = [];
  const nodes: Entry[] = [];
  const edges: Entry[] = [];
  for (const map of pack.routemaps) {
    maps.push({ id: map.id, label: nl(map.title), fields: omit(map, 'id', 'nodes') });
    for (const node of map.nodes) {
      const label = node.type === 'question' ? nl(node.text) : nl(node.title);
      nodes.push({ id: `${map.id}/${node.id}`, label, fields: omit(node, 'id', 'options') });
      if (node.type !== 'question') continue;
      node.options.forEach((option, i) =>
        edges.push({ id: `${map.id}/${node.id}/${i}`, label: `${label} → ${nl(option.label)}`, fields: omit(option) }),
      );
    }
  }
  return { maps, nodes, edges };
}

/** Knowledge items by a path of ids: each list entry is an item, the texts around the lists are one each. */
function knowledgeEntries(k: PackKnowledge | undefined): Entry[] {
  if (!k) return [];
  const entries: Entry[] = [{ id: 'trafficking', label: 'Definitie mensenhandel', fields: omit(k.trafficking) }];
  for (const form of k.forms) {
    entries.push({ id: `forms/${form.id}`, label: nl(form.name), fields: omit(form, 'id', 'signals') });
    for (const s of form.signals) entries.push({ id: `forms/${form.id}/signals/${s.id}`, label: nl(s.text), fields: omit(s, 'id') });
  }
  for (const g of k.riskGroups) entries.push({ id: `riskGroups/${g.id}`, label: nl(g.name), fields: omit(g, 'id') });
  for (const s of k.sectors) entries.push({ id: `sectors/${s.id}`, label: nl(s.name), fields: omit(s, 'id') });
  entries.push({ id: 'conversation', label: 'Gesprekstips', fields: omit(k.conversation, 'promoting', 'hindering') });
  for (const list of ['promoting', 'hindering'] as const) {
    for (const i of k.conversation[list]) entries.push({ id: `conversation/${list}/${i.id}`, label: nl(i.text), fields: omit(i, 'id') });
  }
  for (const plan of ['meldcode', 'stepPlan'] as const) {
    entries.push({ id: plan, label: plan === 'meldcode' ? 'Meldcode' : 'Stappenplan', fields: omit(k[plan], 'steps') });
    for (const s of k[plan].steps) entries.push({ id: `${plan}/steps/${s.number}`, label: nl(s.title), fields: omit(s, 'number') });
  }
  return entries;
}

/** A pack's entries per part as the diff compares them (the parts of ADR 23, by id). */
function packEntries(p: RegionPack): Record<Part, Entry[]> {
  const routemaps = mapEntries(p);
  return {
    region: [{ id: p.region.id, label: nl(p.region.name), fields: omit(p.region, 'id') }],
    municipality: p.municipalities.map((m) => ({ id: m.code, label: m.name, fields: omit(m, 'code') })),
    partner: [
      ...p.partners.map((x) => ({ id: x.id, label: x.name, fields: omit(x, 'id', 'contacts') })),
      { id: 'nationalPartners', label: 'Gebruikte landelijke partners', fields: { nationalPartners: p.nationalPartners } },
    ],
    contact: p.partners.flatMap((x) => x.contacts.map((c) => ({ id: `${x.id}/${c.id}`, label: `${x.name}: ${nl(c.label)}`, fields: omit(c, 'id') }))),
    routemap: routemaps.maps,
    node: routemaps.nodes,
    edge: routemaps.edges,
    knowledge: knowledgeEntries(p.knowledge),
    source: p.sources.map((s) => ({ id: s.id, label: s.title, fields: omit(s, 'id') })),
  };
}

const PARTS: readonly Part[] = ['region', 'municipality', 'partner', 'contact', 'routemap', 'node', 'edge', 'knowledge', 'source'];

/** The readable Dutch name of every entry of a pack, keyed `part:id` (the ids of `PackChange`). */
export function entryLabels(pack: RegionPack): Map<string, string> {
  const entries = packEntries(pack);
  return new Map(PARTS.flatMap((part) => entries[part].map((e) => [`${part}:${e.id}`, e.label] as const)));
}

/**
 * What changed between two versions of a region's pack, per entry by id (ADR 23: never by line):
 * the region's fields, municipalities, partners and their contacts, route maps, their nodes and
 * edges (an option with its `next`), knowledge items and source documents. Pure; the labels are
 * the Dutch texts of the newer version (of the older one for what was removed).
 */
export function diffPacks(before: RegionPack, after: RegionPack, versions: { from: number; to: number }): PackDiff {
  const [a, b] = [packEntries(before), packEntries(after)];
  return { region: after.region.id, from: versions.from, to: versions.to, changes: PARTS.flatMap((part) => diffEntries(part, a[part], b[part])) };
}
