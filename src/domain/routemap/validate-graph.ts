import type { CheckedContentError } from '../content/content';
import { asProblem, message, type Message } from '../content/content-messages';
import type { RouteMapFile, RouteMapNode } from './schema';

/** Acute danger comes first: every map starts with a question whose "yes" leads to this contact. */
export const ALARM_CONTACT_ID = 'alarmnummer-112';

/**
 * Checks the decision tree of one route map: the walk engine trusts the result (it follows `next`
 * without checks), so everything that could make a walk fail or loop must be caught here.
 * Messages name the node, because content administrators read them (content-messages.ts).
 */
export function validateRouteMapGraph(map: RouteMapFile, knownContactIds: ReadonlySet<string>, file: string): CheckedContentError[] {
  const errors: CheckedContentError[] = [];
  const error = (node: string | undefined, m: Message) => errors.push(node === undefined ? { file, ...asProblem(m) } : { file, node, ...asProblem(m) });

  const byId = indexNodes(map, error);
  checkOptionsAndContacts(map, byId, knownContactIds, error);

  const start = byId.get(map.start);
  if (!start) {
    error(map.start, message('graph.startMissing', { start: map.start }));
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

type Report = (node: string | undefined, m: Message) => void;

function indexNodes(map: RouteMapFile, error: Report): Map<string, RouteMapNode> {
  const byId = new Map<string, RouteMapNode>();
  const firstPosition = new Map<string, number>();
  map.nodes.forEach((node, index) => {
    const first = firstPosition.get(node.id);
    if (first === undefined) {
      byId.set(node.id, node);
      firstPosition.set(node.id, index + 1);
    } else {
      error(node.id, message('graph.duplicateNode', { node: node.id, first, again: index + 1 }));
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
        if (seen.has(option.id)) error(node.id, message('graph.duplicateOption', { node: node.id, option: option.id }));
        seen.add(option.id);
        if (!byId.has(option.next)) error(node.id, message('graph.unknownNext', { node: node.id, option: option.id, next: option.next }));
      }
    } else {
      const seen = new Set<string>();
      for (const contact of node.contacts) {
        if (seen.has(contact)) error(node.id, message('graph.duplicateContact', { node: node.id, contact }));
        seen.add(contact);
        if (!knownContactIds.has(contact)) error(node.id, message('graph.unknownContact', { node: node.id, contact }));
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
    if (!reached.has(node.id)) error(node.id, message('graph.unreachable', { node: node.id, kind: node.type, start: map.start }));
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
        error(node.id, message('graph.cycle', { node: node.id, option: optionId, target: target.id, loop }));
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
  const alarm = ALARM_CONTACT_ID;
  if (start.type !== 'question') {
    error(start.id, message('graph.startIsOutcome', { node: start.id, alarm }));
    return;
  }
  const yes = start.options.find((o) => o.id === 'yes');
  if (!yes) {
    error(start.id, message('graph.startWithoutYes', { node: start.id, alarm }));
    return;
  }
  const target = byId.get(yes.next);
  if (!target) return; // unknown `next` is already reported
  if (target.type !== 'outcome') {
    error(start.id, message('graph.yesToQuestion', { node: start.id, target: target.id, alarm }));
  } else if (!target.contacts.includes(ALARM_CONTACT_ID)) {
    error(start.id, message('graph.yesWithoutAlarm', { node: start.id, target: target.id, alarm }));
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
        ? message('graph.pathToUnknown', { node: node.id, steps: steps.join(' → '), next: option.next })
        : onPath.has(target.id)
          ? message('graph.pathToLoop', { node: node.id, steps: steps.join(' → '), target: target.id })
          : null;
      if (broken !== null) {
        error(node.id, broken);
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
