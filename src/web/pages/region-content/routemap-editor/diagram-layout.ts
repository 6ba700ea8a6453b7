import type { ELK } from 'elkjs/lib/elk-api';
import type { RouteMapFile } from '../../../../domain/routemap/schema';

/** A box's width: wider for a question with many answers, so each answer's label fits above its handle. */
export function nodeWidth(options: number): number {
  return Math.max(240, options * 90);
}

/** A node's height for the layout, from the length of its text: the diagram's boxes grow with it. */
export function nodeHeight(text: string, options: number): number {
  const lines = Math.max(1, Math.ceil(text.length / (nodeWidth(options) / 8)));
  return 52 + lines * 20 + (options > 0 ? 28 : 0);
}

/** The answers that lead somewhere that exists: the diagram's edges (an answer that leads nowhere is shown on its node). */
export function edgesOf(map: RouteMapFile): { id: string; source: string; target: string; option: number }[] {
  const ids = new Set(map.nodes.map((n) => n.id));
  return map.nodes.flatMap((node) =>
    node.type === 'question'
      ? node.options.flatMap((o, i) => (ids.has(o.next) ? [{ id: `${node.id}/${i}`, source: node.id, target: o.next, option: i }] : []))
      : [],
  );
}

/** ELK is most of the editor's weight (1.5 MB): loaded when a diagram is first shown, not with the list view. */
let elk: Promise<ELK> | null = null;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk()));

/**
 * Positions for every node: ELK's layered layout, top down, in the order of the map (the 112
 * question at the top). Runs in the page's thread: maps have tens of nodes, not thousands.
 */
export async function layoutMap(map: RouteMapFile, sizes: ReadonlyMap<string, { width: number; height: number }>): Promise<Map<string, { x: number; y: number }>> {
  const graph = await (await loadElk()).layout({
    id: 'kaart',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '36',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'SPLINES',
    },
    children: map.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? { width: nodeWidth(0), height: 80 }) })),
    edges: edgesOf(map).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
