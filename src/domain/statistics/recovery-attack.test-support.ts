import type { FigureSystem } from './suppression';

/**
 * What someone holding only the published figures could work out about the hidden ones, in the
 * two ways the suppression rule must withstand: exact elimination (subtraction, and any combination
 * of the sums) and bounds (every count is a whole number of zero or more). Written apart from the
 * rule on purpose: it shares no code with it. Used by the tests only.
 */
export function recoverHidden(system: FigureSystem, hidden: ReadonlySet<string>): Map<string, number> {
  const recovered = new Map<string, number>();
  for (const [id, value] of eliminate(system, hidden)) recovered.set(id, value);
  for (const [id, value] of bound(system, hidden)) recovered.set(id, value);
  return recovered;
}

type Fraction = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function norm([n, d]: Fraction): Fraction {
  if (n === 0n) return [0n, 1n];
  const g = gcd(n, d);
  const s = d < 0n ? -1n : 1n;
  return [(s * n) / g, (s * d) / g];
}
const sub = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
const mul = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1], a[1] * b[0]]);

/** Gauss-Jordan elimination over the rationals; a row left with one unknown gives it away. */
function eliminate(system: FigureSystem, hidden: ReadonlySet<string>): Map<string, number> {
  const unknowns = [...hidden];
  const index = new Map(unknowns.map((id, i) => [id, i]));
  const rows: Fraction[][] = system.equations.map((e) => {
    const row: Fraction[] = Array.from({ length: unknowns.length + 1 }, () => [0n, 1n] as Fraction);
    const add = (id: string, coefficient: bigint) => {
      const i = index.get(id);
      if (i === undefined) row[unknowns.length] = sub(row[unknowns.length]!, [coefficient * BigInt(system.values.get(id)!), 1n]);
      else row[i] = norm([row[i]![0] + coefficient * row[i]![1], row[i]![1]]);
    };
    add(e.total, -1n);
    for (const p of e.parts) add(p, 1n);
    return row;
  });
  let pivotRow = 0;
  for (let col = 0; col < unknowns.length && pivotRow < rows.length; col++) {
    const found = rows.findIndex((r, i) => i >= pivotRow && r[col]![0] !== 0n);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]![col]!;
    rows[pivotRow] = rows[pivotRow]!.map((v) => div(v, pivot));
    rows.forEach((r, i) => {
      if (i === pivotRow || r[col]![0] === 0n) return;
      const factor = r[col]!;
      rows[i] = r.map((v, j) => sub(v, mul(factor, rows[pivotRow]![j]!)));
    });
    pivotRow++;
  }
  const found = new Map<string, number>();
  for (const row of rows) {
    const nonZero = row.slice(0, unknowns.length).flatMap((v, i) => (v[0] === 0n ? [] : [i]));
    if (nonZero.length === 1) {
      const [n, d] = row[unknowns.length]!;
      found.set(unknowns[nonZero[0]!]!, Number(n) / Number(d));
    }
  }
  return found;
}

/** Interval reasoning: each hidden count is at least 0; every sum narrows its terms, round after round. */
function bound(system: FigureSystem, hidden: ReadonlySet<string>): Map<string, number> {
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const id of hidden) {
    lo.set(id, 0);
    hi.set(id, Infinity);
  }
  const range = (id: string): [number, number] => (hidden.has(id) ? [lo.get(id)!, hi.get(id)!] : [system.values.get(id)!, system.values.get(id)!]);
  for (let round = 0; round < 100; round++) {
    let changed = false;
    for (const e of system.equations) {
      // total = sum(parts): each term is pinned between what the others leave.
      const terms = [e.total, ...e.parts];
      for (const [t, id] of terms.entries()) {
        if (!hidden.has(id)) continue;
        const others = terms.filter((_, j) => j !== t);
        let min: number;
        let max: number;
        if (t === 0) {
          min = others.reduce((s, o) => s + range(o)[0], 0);
          max = others.reduce((s, o) => s + range(o)[1], 0);
        } else {
          const [totalLo, totalHi] = range(e.total);
          const rest = others.slice(1);
          min = totalLo - rest.reduce((s, o) => s + range(o)[1], 0);
          max = totalHi - rest.reduce((s, o) => s + range(o)[0], 0);
        }
        const newLo = Math.max(lo.get(id)!, Number.isFinite(min) ? Math.ceil(min) : 0);
        const newHi = Math.min(hi.get(id)!, Number.isNaN(max) ? Infinity : Math.floor(max));
        if (newLo !== lo.get(id) || newHi !== hi.get(id)) {
          lo.set(id, newLo);
          hi.set(id, newHi);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const found = new Map<string, number>();
  for (const id of hidden) if (lo.get(id) === hi.get(id)) found.set(id, lo.get(id)!);
  return found;
}
