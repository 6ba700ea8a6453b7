import { describe, expect, it } from 'vitest';
import { suppressTables, tableSystem, type CountTable } from './count-tables';
import { recoverHidden } from './recovery-attack.test-support';
import { suppress } from './suppression';

const row = (id: string, values: number[], additiveColumns = true): CountTable => ({
  id,
  columns: values.map((_, i) => `c${i}`),
  rows: [{ key: 'r', values }],
  additiveColumns,
});

const grid = (cells: number[][], additiveColumns = true): CountTable => ({
  id: 't',
  columns: cells[0]!.map((_, i) => `c${i}`),
  rows: cells.map((values, r) => ({ key: `r${r}`, values })),
  additiveColumns,
});

describe('suppress', () => {
  it('hides a count below 5 and the smallest other count of its row, so the total does not give it away', () => {
    const [t] = suppressTables([row('t', [10, 3, 12])]);
    expect(t!.rows[0]!.values).toEqual([null, null, 12]);
    expect(t!.rows[0]!.total).toBe(25);
  });

  it('publishes a table without small numbers as it is', () => {
    const [t] = suppressTables([grid([[5, 8], [13, 21]])]);
    expect(t!.rows.map((r) => r.values)).toEqual([[5, 8], [13, 21]]);
    expect(t!.totals).toEqual([18, 29]);
    expect(t!.total).toBe(47);
  });

  it('hides zeros too, and does not let a row whose hidden cells add up to 0 give them away', () => {
    const [t] = suppressTables([row('t', [10, 0, 0, 7])]);
    const hidden = t!.rows[0]!.values.filter((v) => v === null).length;
    expect(hidden).toBeGreaterThan(2);
    expect(t!.rows[0]!.values[1]).toBeNull();
    expect(t!.rows[0]!.values[2]).toBeNull();
  });

  it('hides a total below 5 and a figure that would give it back', () => {
    const [t] = suppressTables([grid([[2, 1], [20, 30]])]);
    expect(t!.rows[0]!.total).toBeNull();
    expect(t!.totals!.some((v) => v === null)).toBe(true);
  });

  it('withstands elimination and bounds where a naive pattern would not: a block of hidden cells next to zeros', () => {
    const t = grid([
      [3, 3, 9],
      [0, 0, 11],
      [12, 14, 6],
    ]);
    const system = tableSystem([t]);
    expect(recoverHidden(system, suppress(system))).toEqual(new Map());
  });

  it('the attacker does recover a small number hidden on its own, and one hidden only with zeros', () => {
    const lone = tableSystem([row('t', [10, 3, 12])]);
    expect(recoverHidden(lone, new Set(['t|r|c1']))).toEqual(new Map([['t|r|c1', 3]]));
    const zeros = tableSystem([row('t', [10, 0, 0])]);
    expect(recoverHidden(zeros, new Set(['t|r|c1', 't|r|c2']))).toEqual(new Map([['t|r|c1', 0], ['t|r|c2', 0]]));
  });

  it('always hides the same figures for the same counts', () => {
    const t = grid([[1, 7, 9], [4, 0, 22], [6, 6, 2]]);
    expect(suppressTables([t])).toEqual(suppressTables([t]));
  });

  it('hides a figure everywhere it appears when tables share it', () => {
    const periods: CountTable = { id: 'signals', columns: ['jan', 'feb'], rows: [{ key: 'all', values: [3, 20] }], additiveColumns: true };
    const sector: CountTable = { id: 'sector', columns: ['jan', 'feb'], rows: [{ key: 'horeca', values: [1, 12] }, { key: 'none', values: [2, 8] }], additiveColumns: true };
    const alias = (id: string) => id.replace(/^sector\|\*\|/, 'signals|all|');
    const [p, s] = suppressTables([periods, sector], { alias });
    expect(p!.rows[0]!.values[0]).toBeNull();
    expect(s!.totals![0]).toBeNull();
  });
});
