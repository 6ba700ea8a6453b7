import type { ContentError } from '../content/content';
import type { RouteMapFile, RouteMapNode } from './schema';

/** Acute danger comes first: every map starts with a question whose "yes" leads to this contact. */
export const ALARM_CONTACT_ID = 'alarmnummer-112';

/**
 * Checks the decision tree of one route map: the walk engine trusts the result (it follows `next`
 * without checks), so everything that could make a walk fail or loop must be caught here.
 * Messages are Dutch and name the node, because content administrators read them.
 */
export function validateRouteMapGraph(map: RouteMapFile, knownContactIds: ReadonlySet<string>, file: string): ContentError[] {
  const errors: ContentError[] = [];
  const error = (node: string | undefined, message: string) => errors.push(node === undefined ? { file, message } : { file, node, message });

  const byId = indexNodes(map, error);
  checkOptionsAndContacts(map, byId, knownContactIds, error);

  const start = byId.get(map.start);
  if (!start) {
    error(map.start, `startstap "${map.start}" bestaat niet`);
    // Reachability, cycles from the start and the 112 rule all need a start; they would only repeat this error.
    findCycles(map, byId, error);
    return errors;
  }
  checkReachable(map, byId, error);
  findCycles(map, byId, error);
  checkAlarmRule(map, start, byId, error);
  checkEveryPathEnds(map, byId, error);
  return errors;
}

type Report = (node: string | undefined, message: string) => void;

/** Human name of a node in messages: "vraag" or "uitkomst" plus its id. */
export function nodeLabel(node: RouteMapNode): string {
  return `${node.type === 'question' ? 'vraag' : 'uitkomst'} "${node.id}"`;
}

function indexNodes(map: RouteMapFile, error: Report): Map<string, RouteMapNode> {
  const byId = new Map<string, RouteMapNode>();
  const firstPosition = new Map<string, number>();
  map.nodes.forEach((node, index) => {
    const first = firstPosition.get(node.id);
    if (first === undefined) {
      byId.set(node.id, node);
      firstPosition.set(node.id, index + 1);
    } else {
      error(node.id, `stap "${node.id}" komt meer dan eens voor (de ${first}e en de ${index + 1}e stap in de lijst); elke stap heeft een eigen id`);
    }
  });
  return byId;
}

function checkOptionsAndContacts(
  map: RouteMapFile,
  byId: ReadonlyMap<string, RouteMapNode>,
  knownContactIds: ReadonlySet<string>,
  error: Report,
): void {
  for (const node of map.nodes) {
    if (node.type === 'question') {
      const seen = new Set<string>();
      for (const option of node.options) {
        if (seen.has(option.id)) error(node.id, `vraag "${node.id}": optie "${option.id}" komt meer dan eens voor`);
        seen.add(option.id);
        if (!byId.has(option.next)) error(node.id, `vraag "${node.id}": optie "${option.id}" verwijst naar onbekende stap "${option.next}"`);
      }
    } else {
      const seen = new Set<string>();
      for (const contact of node.contacts) {
        if (seen.has(contact)) error(node.id, `uitkomst "${node.id}": contact "${contact}" staat er meer dan eens in`);
        seen.add(contact);
        if (!knownContactIds.has(contact)) {
          error(node.id, `uitkomst "${node.id}": onbekend contact "${contact}" (staat niet in een partnerbestand)`);
        }
      }
    }
  }
}

/** The nodes an option of this node leads to, skipping `next` values that do not exist (reported elsewhere). */
function successors(node: RouteMapNode, byId: ReadonlyMap<string, RouteMapNode>): { optionId: string; target: RouteMapNode }[] {
  if (node.type === 'outcome') return [];
  return node.options.flatMap((o) => {
    const target = byId.get(o.next);
    return target ? [{ optionId: o.id, target }] : [];
  });
}

function checkReachable(map: RouteMapFile, byId: ReadonlyMap<string, RouteMapNode>, error: Report): void {
  const reached = new Set<string>([map.start]);
  const queue = [map.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const { target } of successors(byId.get(id)!, byId)) {
      if (!reached.has(target.id)) {
        reached.add(target.id);
        queue.push(target.id);
      }
    }
  }
  for (const node of byId.values()) {
    if (!reached.has(node.id)) error(node.id, `${nodeLabel(node)} is vanaf de startstap "${map.start}" niet bereikbaar`);
  }
}

/**
 * Depth-first search over every node (not only the reachable ones: a loop is a mistake wherever
 * it is); each edge back onto the current path is one loop, reported with the loop's steps.
 */
function findCycles(map: RouteMapFile, byId: ReadonlyMap<string, RouteMapNode>, error: Report): void {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: RouteMapNode): void => {
    onPath.push(node.id);
    for (const { optionId, target } of successors(node, byId)) {
      const at = onPath.indexOf(target.id);
      if (at >= 0) {
        const loop = [...onPath.slice(at), target.id].join(' → ');
        error(node.id, `vraag "${node.id}": optie "${optionId}" leidt terug naar "${target.id}", een kringloop (${loop}); een routekaart mag geen lussen hebben`);
      } else if (!done.has(target.id)) {
        visit(target);
      }
    }
    onPath.pop();
    done.add(node.id);
  };
  for (const node of byId.values()) if (!done.has(node.id)) visit(node);
}

/** Seed 000 and the product brief: acute danger first, "yes" leads straight to calling 112. */
function checkAlarmRule(map: RouteMapFile, start: RouteMapNode, byId: ReadonlyMap<string, RouteMapNode>, error: Report): void {
  const rule = `de eerste vraag moet gaan over acuut gevaar, met optie "yes" naar een uitkomst met contact "${ALARM_CONTACT_ID}"`;
  if (start.type !== 'question') {
    error(start.id, `startstap "${start.id}" is een uitkomst; ${rule}`);
    return;
  }
  const yes = start.options.find((o) => o.id === 'yes');
  if (!yes) {
    error(start.id, `startvraag "${start.id}" heeft geen optie "yes"; ${rule}`);
    return;
  }
  const target = byId.get(yes.next);
  if (!target) return; // unknown `next` is already reported
  if (target.type !== 'outcome') {
    error(start.id, `startvraag "${start.id}": optie "yes" leidt naar vraag "${target.id}" in plaats van naar een uitkomst; ${rule}`);
  } else if (!target.contacts.includes(ALARM_CONTACT_ID)) {
    error(start.id, `startvraag "${start.id}": optie "yes" leidt naar uitkomst "${target.id}" zonder contact "${ALARM_CONTACT_ID}"; ${rule}`);
  }
}

/**
 * Follows from unknown `next` values and loops, but said in the terms of the person walking the
 * map: one example of a sequence of answers that never reaches an outcome.
 */
function checkEveryPathEnds(map: RouteMapFile, byId: ReadonlyMap<string, RouteMapNode>, error: Report): void {
  const good = new Set<string>(); // every path from here ends at an outcome
  const steps: string[] = [];
  const onPath = new Set<string>();
  const explore = (node: RouteMapNode): boolean => {
    if (node.type === 'outcome' || good.has(node.id)) return true;
    onPath.add(node.id);
    for (const option of node.options) {
      steps.push(`${node.id} › ${option.id}`);
      const target = byId.get(option.next);
      const broken = !target
        ? `onbekende stap "${option.next}"`
        : onPath.has(target.id)
          ? `terug naar "${target.id}" (kringloop)`
          : null;
      if (broken !== null) {
        error(node.id, `vraag "${node.id}": niet elk pad eindigt bij een uitkomst, bijvoorbeeld ${steps.join(' → ')} → ${broken}`);
        return false;
      }
      if (!explore(target!)) return false;
      steps.pop();
    }
    onPath.delete(node.id);
    good.add(node.id);
    return true;
  };
  explore(byId.get(map.start)!);
}
