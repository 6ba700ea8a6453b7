import { canonicalJson } from './content-hash';
import { entryLabels } from './pack-diff';
import type { RegionPack } from './region-pack-schema';
import type { PackChange } from './region-pack-state';

/**
 * ADR 23's case 3: a release ships a changed pack for a region with edits of its own. A three-way
 * merge per entry by id (never by line) of base → release against base → the region's pack.
 */

/** One entry that differs: `key` is `part:id`, with the ids of pack-diff (a contact `partnerId/contactId`, a node `mapId/nodeId`). */
export interface MergeEntry {
  key: string;
  part: PackChange['part'];
  id: string;
  /** What the side that changed it did (for a conflict: the release). */
  change: PackChange['change'];
  label: string;
  /** For an entry all three versions have: the fields that differ, as in the base, the region's and the release's pack. */
  fields: { field: string; base: unknown; mine: unknown; theirs: unknown }[];
}

export interface MergeProposal {
  /** Changed only by the release: proposed, taken unless the regiobeheerder leaves it. */
  proposed: MergeEntry[];
  /** Changed only by the region: kept whatever is chosen. */
  kept: MergeEntry[];
  /** Changed by both, differently: the regiobeheerder picks a side. */
  conflicts: MergeEntry[];
}

/** Per key of a proposed entry or conflict: `theirs` takes the release's version; anything else keeps the region's. */
export type MergeChoices = Readonly<Record<string, 'mine' | 'theirs'>>;

type Node = Record<string, unknown>;
type Status = 'same' | 'proposed' | 'kept' | 'conflict';

/** Where a part's entries sit in a pack, and which of their fields hold entries of their own. */
interface Spec {
  part: PackChange['part'];
  field: string;
  items: (parent: Node, parentId: string) => { id: string; value: Node }[];
  put: (parent: Node, values: Node[]) => void;
  children: Spec[];
}

const list = (part: Spec['part'], field: string, id: (item: Node, parentId: string) => string, children: Spec[] = []): Spec => ({
  part,
  field,
  children,
  items: (parent, parentId) => ((parent[field] ?? []) as Node[]).map((value) => ({ id: id(value, parentId), value })),
  put: (parent, values) => {
    parent[field] = values;
  },
});

const single = (part: Spec['part'], field: string, id: (item: Node) => string, children: Spec[] = []): Spec => ({
  part,
  field,
  children,
  items: (parent) => (parent[field] === undefined ? [] : [{ id: id(parent[field] as Node), value: parent[field] as Node }]),
  put: (parent, values) => {
    if (values.length > 0) parent[field] = values[0];
    else delete parent[field];
  },
});

const byId = (item: Node) => String(item.id);
const under = (name: string) => (item: Node, parentId: string) => `${parentId}/${name}${item.id}`;
const knowledgeList = (field: string) => list('knowledge', field, (item) => `${field}/${String(item.id)}`);
const plan = (field: string) => single('knowledge', field, () => field, [list('knowledge', 'steps', (s, p) => `${p}/steps/${String(s.number)}`)]);

/** The parts of pack-diff, as a tree: a partner's own fields are one entry, each of its contacts another. */
const PACK: Spec[] = [
  single('region', 'region', byId),
  list('municipality', 'municipalities', (m) => String(m.code)),
  list('partner', 'partners', byId, [list('contact', 'contacts', under(''))]),
  single('partner', 'nationalPartners', () => 'nationalPartners'),
  list('routemap', 'routemaps', byId, [list('node', 'nodes', under(''))]),
  single('knowledge', 'knowledge', () => 'knowledge', [
    single('knowledge', 'trafficking', () => 'trafficking'),
    list('knowledge', 'forms', (f) => `forms/${String(f.id)}`, [list('knowledge', 'signals', under('signals/'))]),
    knowledgeList('riskGroups'),
    knowledgeList('sectors'),
    single('knowledge', 'conversation', () => 'conversation', [list('knowledge', 'promoting', under('promoting/')), list('knowledge', 'hindering', under('hindering/'))]),
    plan('meldcode'),
    plan('stepPlan'),
  ]),
  list('source', 'sources', byId),
];

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function own(value: Node | undefined, spec: Spec): unknown {
  if (value === undefined || spec.children.length === 0) return value;
  const nested = spec.children.map((c) => c.field);
  return Object.fromEntries(Object.entries(value).filter(([k]) => !nested.includes(k)));
}

function statusOf(base: unknown, mine: unknown, theirs: unknown): Status {
  if (same(mine, theirs)) return 'same';
  if (same(mine, base)) return 'proposed';
  return same(theirs, base) ? 'kept' : 'conflict';
}

/** The region's order, with what only the release has after the entry that precedes it there. */
function mergedOrder(mine: string[], theirs: string[]): string[] {
  const order = [...mine];
  theirs.forEach((id, i) => {
    if (order.includes(id)) return;
    const before = theirs.slice(0, i).reverse().find((p) => order.includes(p));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
  });
  return order;
}

interface Visit {
  key: string;
  spec: Spec;
  id: string;
  values: [Node | undefined, Node | undefined, Node | undefined];
  /** All three versions have the entry and it has entries of its own: those are compared one by one. */
  split: boolean;
  status: Status;
}

function entriesOf(spec: Spec, parents: (Node | undefined)[], parentId: string): { ids: string[]; visits: Visit[] } {
  const [b, m, t] = parents.map((p) => new Map(p ? spec.items(p, parentId).map((e) => [e.id, e.value]) : []));
  const ids = mergedOrder([...m!.keys()], [...t!.keys()]);
  for (const id of b!.keys()) if (!ids.includes(id)) ids.push(id);
  const visits = ids.map((id): Visit => {
    const values: Visit['values'] = [b!.get(id), m!.get(id), t!.get(id)];
    const split = spec.children.length > 0 && values.every((v) => v !== undefined);
    const [vb, vm, vt] = split ? values.map((v) => own(v, spec)) : values;
    return { key: `${spec.part}:${id}`, spec, id, values, split, status: statusOf(vb, vm, vt) };
  });
  return { ids, visits };
}

/** Labels of the release's, the region's and the base's pack: named as the side that changed it has it. */
type Labels = [Map<string, string>, Map<string, string>, Map<string, string>];

function entry(visit: Visit, [theirs, mine, base]: Labels): MergeEntry {
  const [b, m, t] = visit.values;
  const changed = visit.status === 'kept' ? m : t;
  const change = b === undefined ? 'added' : changed === undefined ? 'removed' : 'changed';
  const label = (visit.status === 'kept' ? [mine, theirs, base] : [theirs, mine, base]).map((l) => l.get(visit.key)).find((l) => l !== undefined) ?? (visit.id === 'knowledge' ? 'Kennisbank' : visit.id);
  const fields: MergeEntry['fields'] = [];
  if (b && m && t && !Array.isArray(b)) {
    const [ob, om, ot] = [b, m, t].map((v) => own(v, visit.spec) as Node);
    for (const field of new Set([...Object.keys(ob!), ...Object.keys(om!), ...Object.keys(ot!)])) {
      if (!same(ob![field], om![field]) || !same(ob![field], ot![field])) fields.push({ field, base: ob![field], mine: om![field], theirs: ot![field] });
    }
  }
  return { key: visit.key, part: visit.spec.part, id: visit.id, change, label, fields };
}

/**
 * What a release would change in a region's pack: `base` is the release's pack the region's
 * version descends from, `mine` the region's published pack, `theirs` the new release's pack.
 */
export function proposeMerge(base: RegionPack, mine: RegionPack, theirs: RegionPack): MergeProposal {
  const labels = [theirs, mine, base].map(entryLabels) as Labels;
  const proposal: MergeProposal = { proposed: [], kept: [], conflicts: [] };
  const walk = (specs: Spec[], parents: (Node | undefined)[], parentId: string) => {
    for (const spec of specs) {
      for (const visit of entriesOf(spec, parents, parentId).visits) {
        if (visit.status === 'proposed') proposal.proposed.push(entry(visit, labels));
        if (visit.status === 'kept') proposal.kept.push(entry(visit, labels));
        if (visit.status === 'conflict') proposal.conflicts.push(entry(visit, labels));
        if (visit.split) walk(spec.children, visit.values, visit.id);
      }
    }
  };
  walk(PACK, [base, mine, theirs] as unknown as Node[], '');
  return proposal;
}

/**
 * The region's pack with the release's version of every proposed entry or conflict chosen as
 * `theirs`; everything else as the region has it. The result is a draft: validated like any edit.
 */
export function mergePacks(base: RegionPack, mine: RegionPack, theirs: RegionPack, choices: MergeChoices): RegionPack {
  const merge = (specs: Spec[], target: Node, parents: (Node | undefined)[], parentId: string) => {
    for (const spec of specs) {
      const values: Node[] = [];
      for (const visit of entriesOf(spec, parents, parentId).visits) {
        const take = (visit.status === 'proposed' || visit.status === 'conflict') && choices[visit.key] === 'theirs';
        const chosen = take ? visit.values[2] : visit.values[1];
        if (visit.split) {
          const merged = structuredClone(own(chosen, spec)) as Node;
          merge(spec.children, merged, visit.values, visit.id);
          values.push(merged);
        } else if (chosen !== undefined) values.push(structuredClone(chosen));
      }
      spec.put(target, values);
    }
  };
  const result = structuredClone(mine) as unknown as Node;
  merge(PACK, result, [base, mine, theirs] as unknown as Node[], '');
  return result as unknown as RegionPack;
}
