import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL, figureId, suppressTables, tableSystem, type CountTable, type SuppressTablesOptions } from './count-tables';
import { recoverHidden } from './recovery-attack.test-support';
import { suppress, SUPPRESSION_THRESHOLD } from './suppression';

// Counts as they occur: many small ones, some large.
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));

const table = (id: string, rows: number, columns: number, additiveColumns: boolean) =>
  fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map(
    (values): CountTable => ({
      id,
      columns: Array.from({ length: columns }, (_, c) => `c${c}`),
      rows: values.map((v, r) => ({ key: `r${r}`, values: v })),
      additiveColumns,
    }),
  );

const oneTable = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }), additive: fc.boolean() })
  .chain(({ rows, columns, additive }) => table('t', rows, columns, additive));

/**
 * The municipality's published figures in miniature: signals per period, a single-valued
 * dimension whose columns add up to them, and a multi-valued one that does not, sharing the
 * periods. The alias makes the shared totals one figure.
 */
const linkedTables = fc
  .record({ columns: fc.integer({ min: 1, max: 4 }), sectorRows: fc.integer({ min: 1, max: 4 }), formRows: fc.integer({ min: 1, max: 3 }) })
  .chain(({ columns, sectorRows, formRows }) =>
    fc.tuple(table('sector', sectorRows, columns, true), table('forms', formRows, columns, false)).map(([sector, forms]) => {
      const periods: CountTable = {
        id: 'signals',
        columns: sector.columns,
        rows: [{ key: 'all', values: sector.columns.map((_, c) => sector.rows.reduce((s, r) => s + r.values[c]!, 0)) }],
        additiveColumns: true,
      };
      const alias = (id: string) => {
        const [t, row, column] = id.split('|') as [string, string, string];
        if (t === 'sector' && row === ALL) return figureId('signals', 'all', column);
        if (t === 'signals' && row === ALL) return figureId('signals', 'all', column);
        return id;
      };
      return { tables: [periods, sector, forms], options: { alias } satisfies SuppressTablesOptions };
    }),
  );

function attackFails(tables: CountTable[], options: SuppressTablesOptions = {}) {
  const system = tableSystem(tables, options);
  const hidden = suppress(system);
  for (const [id, value] of system.values) if (value < SUPPRESSION_THRESHOLD) expect(hidden.has(id), `${id} = ${value} is published`).toBe(true);
  const recovered = recoverHidden(system, hidden);
  expect([...recovered].map(([id, v]) => `${id} = ${v}`)).toEqual([]);
}

describe('small-number suppression withstands an attacker holding the published figures', () => {
  it('in one table, with or without column totals', () => {
    fc.assert(fc.property(oneTable, (t) => attackFails([t])), { numRuns: 400 });
  });

  it('across tables that share their totals', () => {
    fc.assert(fc.property(linkedTables, ({ tables, options }) => attackFails(tables, options)), { numRuns: 300 });
  });

  it('publishes every figure it does not hide exactly as counted', () => {
    fc.assert(
      fc.property(oneTable, (t) => {
        const [published] = suppressTables([t]);
        published!.rows.forEach((row, r) =>
          row.values.forEach((v, c) => {
            if (v !== null) expect(v).toBe(t.rows[r]!.values[c]);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
