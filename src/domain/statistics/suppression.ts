/**
 * Small-number suppression for every figure that leaves a municipality (the regional view, the CSV
 * exports): docs/decisions/0021-management-information.md.
 *
 * The figures are a system: each figure has an id and a true value, and equations say which
 * figure is the sum of which others (a row total is the sum of its row, the same number of signals
 * may appear in two tables under one id). The rule:
 *
 * 1. Primary: every figure below the threshold (5) is hidden, zeros included.
 * 2. Secondary: more figures are hidden until every hidden one has a *witness*: a second set of
 *    non-negative whole numbers for the hidden figures that satisfies every equation with the
 *    published figures as they are, and differs in that figure. With a witness, no subtraction,
 *    elimination or bounding argument on the published figures can tell the true value apart from
 *    another one. Hidden figures are added smallest first, so as little as possible is lost.
 *
 * Pure and deterministic: the same figures always hide the same cells.
 */

export const SUPPRESSION_THRESHOLD = 5;

/** `total` is the sum of `parts`. */
export interface Equation {
  total: string;
  parts: readonly string[];
}

export interface FigureSystem {
  values: ReadonlyMap<string, number>;
  equations: readonly Equation[];
}

export interface SuppressionOptions {
  threshold?: number;
}

/** How many steps the search for one witness may take before it gives up and hides one more figure (safe either way). */
const SEARCH_LIMIT = 1000;

/** The ids of the figures to hide. */
export function suppress(system: FigureSystem, options: SuppressionOptions = {}): Set<string> {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const { values } = system;
  // Each equation as coefficients: +1 for a part, -1 for the total; their sum is 0.
  const equations = system.equations.map((e) => new Map<string, number>([[e.total, -1], ...e.parts.map((p): [string, number] => [p, 1])]));
  const equationsOf = new Map<string, number[]>();
  equations.forEach((terms, i) => {
    for (const id of terms.keys()) (equationsOf.get(id) ?? equationsOf.set(id, []).get(id)!).push(i);
  });
  const valueOf = (id: string) => {
    const v = values.get(id);
    if (v === undefined) throw new Error(`figure ${id} is in an equation but has no value`);
    return v;
  };
  const hidden = new Set<string>();
  for (const [id, value] of values) if (value < threshold) hidden.add(id);
  const ids = [...values.keys()];
  const order = new Map(ids.map((id, i) => [id, i]));

  /** The published figure of the equation that costs least to hide: the smallest, a part before a total. */
  const cheapest = (equation: number): string | undefined =>
    [...equations[equation]!].filter(([id]) => !hidden.has(id))
      .sort(([a, ca], [b, cb]) => valueOf(a) - valueOf(b) || cb - ca || order.get(a)! - order.get(b)!)
      .map(([id]) => id)[0];

  // A witness stays one when more figures are hidden, so each hidden figure needs one search that
  // succeeds; a figure hidden on the way joins the queue.
  const queue = ids.filter((id) => hidden.has(id));
  const protectedIds = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    while (!protectedIds.has(id)) {
      const move = witness(id, equations, equationsOf, hidden, valueOf);
      if (move) {
        for (const moved of move) protectedIds.add(moved);
        break;
      }
      const next = firstDefined(neighbours(id), cheapest);
      // Every sum it is connected to through hidden figures is hidden entirely: nothing published
      // to work it out from (what is left is the tables' shape, such as an empty table's zero).
      if (next === undefined) break;
      hidden.add(next);
      queue.push(next);
    }
  }
  return hidden;

  /** The equations of the figure, nearest first, then those reached through the hidden figures in them. */
  function* neighbours(id: string): Generator<number> {
    const seen = new Set<number>(equationsOf.get(id) ?? []);
    const reached = new Set<string>([id]);
    const order = [...seen];
    for (let k = 0; k < order.length; k++) {
      yield order[k]!;
      for (const other of equations[order[k]!]!.keys()) {
        if (!hidden.has(other) || reached.has(other)) continue;
        reached.add(other);
        for (const e of equationsOf.get(other) ?? []) {
          if (seen.has(e)) continue;
          seen.add(e);
          order.push(e);
        }
      }
    }
  }
}

/**
 * A change of ±1 to some hidden figures that keeps every equation true and every figure at zero or
 * more, and changes `start`: the ids it changes, or null when none was found within the limit.
 * Depth-first with growing depth, so short changes (a rectangle of four cells) are found first:
 * change `start`, then balance the equation it last unbalanced with another hidden figure of it,
 * preferring one that also balances another.
 */
function witness(
  start: string,
  equations: ReadonlyArray<ReadonlyMap<string, number>>,
  equationsOf: ReadonlyMap<string, readonly number[]>,
  hidden: ReadonlySet<string>,
  valueOf: (id: string) => number,
): string[] | null {
  let steps = 0;
  const change = new Map<string, number>();
  const imbalance = new Map<number, number>();
  const unbalanced: number[] = [];
  const apply = (id: string, delta: number) => {
    for (const e of equationsOf.get(id) ?? []) {
      const coefficient = equations[e]!.get(id)!;
      const next = (imbalance.get(e) ?? 0) + coefficient * delta;
      if (next === 0) {
        imbalance.delete(e);
        unbalanced.splice(unbalanced.lastIndexOf(e), 1);
      } else {
        if (!imbalance.has(e)) unbalanced.push(e);
        imbalance.set(e, next);
      }
    }
  };
  const set = (id: string, delta: number) => {
    change.set(id, delta);
    apply(id, delta);
  };
  const unset = (id: string) => {
    apply(id, -change.get(id)!);
    change.delete(id);
  };
  const search = (depth: number): boolean => {
    if (unbalanced.length === 0) return true;
    if (change.size >= depth || ++steps > SEARCH_LIMIT) return false;
    const e = unbalanced.at(-1)!;
    const off = imbalance.get(e)!;
    const closes = (id: string, delta: number) =>
      (equationsOf.get(id) ?? []).some((other) => other !== e && imbalance.has(other) && Math.sign(imbalance.get(other)!) === -Math.sign(delta * equations[other]!.get(id)!));
    const candidates = [...equations[e]!].flatMap(([id, coefficient]) => {
      const delta = -Math.sign(off) * coefficient;
      return hidden.has(id) && !change.has(id) && valueOf(id) + delta >= 0 ? [{ id, delta, closes: closes(id, delta) }] : [];
    });
    candidates.sort((a, b) => Number(b.closes) - Number(a.closes));
    for (const { id, delta } of candidates) {
      set(id, delta);
      if (search(depth)) return true;
      unset(id);
      if (steps > SEARCH_LIMIT) return false;
    }
    return false;
  };
  for (const depth of [4, 8, 16, Infinity]) {
    for (const delta of [1, -1]) {
      if (valueOf(start) + delta < 0) continue;
      set(start, delta);
      if (search(depth)) return [...change.keys()];
      unset(start);
    }
    if (steps > SEARCH_LIMIT) break;
  }
  return null;
}

function firstDefined<T, R>(items: Iterable<T>, f: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const result = f(item);
    if (result !== undefined) return result;
  }
  return undefined;
}
