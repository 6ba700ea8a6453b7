import { asProblem, message } from '../content/content-messages';
import type { PackIssue } from '../content/validate-region-pack';
import { textIn } from './edit-map';
import type { RouteMapFile } from './schema';

/**
 * The route-map editor shows each problem of the pack on the node it is about and in a list. The
 * problems come from validateRegionPack (paths into the pack) plus the field checks below.
 */

/**
 * What the pack schema would refuse in a map an editor is filling in: empty required texts and a
 * question with fewer than two options. validateRegionPack assumes a pack that passed the schema
 * and does not check these; the server does on saving, but the editor must say so while typing.
 */
export function mapFieldIssues(map: RouteMapFile, mapIndex: number): PackIssue[] {
  const issues: PackIssue[] = [];
  const at = (j: number, ...rest: PropertyKey[]) => ['routemaps', mapIndex, 'nodes', j, ...rest];
  map.nodes.forEach((node, j) => {
    const ofNode = { node: node.id };
    if (node.type === 'question') {
      if (textIn(node.text, 'nl') === '') issues.push({ path: at(j, 'text'), ...asProblem(message('map.questionText', ofNode)) });
      if (node.options.length < 2) issues.push({ path: at(j, 'options'), ...asProblem(message('map.fewOptions', ofNode)) });
      node.options.forEach((option, k) => {
        if (textIn(option.label, 'nl') === '') issues.push({ path: at(j, 'options', k, 'label'), ...asProblem(message('map.optionText', { ...ofNode, number: k + 1 })) });
      });
    } else {
      if (textIn(node.title, 'nl') === '') issues.push({ path: at(j, 'title'), ...asProblem(message('map.outcomeTitle', ofNode)) });
      if (textIn(node.text, 'nl') === '') issues.push({ path: at(j, 'text'), ...asProblem(message('map.outcomeText', ofNode)) });
    }
  });
  return issues;
}

export interface MapIssues {
  /** Problems about one node, by node id. */
  byNode: ReadonlyMap<string, PackIssue[]>;
  /** Problems about the map as a whole (its start, title, source). */
  map: PackIssue[];
  /** How many problems the rest of the pack has: other maps, partners, … (shown on the content overview). */
  elsewhere: number;
}

/** Sorts the pack's problems by what they are about: a node of map `mapIndex`, the map, or the rest of the pack. */
export function issuesOfMap(issues: readonly PackIssue[], mapIndex: number, map: RouteMapFile): MapIssues {
  const byNode = new Map<string, PackIssue[]>();
  const mapLevel: PackIssue[] = [];
  let elsewhere = 0;
  for (const issue of issues) {
    const [part, index, field, nodeIndex] = issue.path;
    if (part !== 'routemaps' || index !== mapIndex) {
      elsewhere += 1;
      continue;
    }
    const node = field === 'nodes' && typeof nodeIndex === 'number' ? map.nodes[nodeIndex] : undefined;
    if (!node) {
      mapLevel.push(issue);
      continue;
    }
    const list = byNode.get(node.id) ?? [];
    if (!list.some((i) => i.message === issue.message)) list.push(issue);
    byNode.set(node.id, list);
  }
  return { byNode, map: mapLevel, elsewhere };
}
