import { suppress, type Equation, type FigureSystem, type SuppressionOptions } from './suppression';

/**
 * A table of counts: a row per category, a column per period or municipality. Every row has a
 * total; the columns have totals only when each counted item is in one row at most (a signal has
 * one sector, but may have several forms of exploitation).
 */
export interface CountTable {
  id: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; values: readonly number[] }>;
  additiveColumns: boolean;
}

/** A table as shown or published; null is a hidden figure. */
export interface PublishedTable {
  id: string;
  columns: string[];
  rows: Array<{ key: string; values: Array<number | null>; total: number | null }>;
  /** Column totals; null when the columns do not add up (several rows per item). */
  totals: Array<number | null> | null;
  /** The grand total; null when hidden or when the columns do not add up. */
  total: number | null;
}

/** Stands for "all rows" or "all columns" in a figure's id. */
export const ALL = '*';

export const figureId = (table: string, row: string, column: string) => `${table}|${row}|${column}`;

export interface SuppressTablesOptions extends SuppressionOptions {
  /**
   * The id under which a figure is published when the same number appears in several tables (the
   * signals per period in the period table and as the column totals of the sector table): hiding
   * it in one must hide it in all, and its equations hold in all.
   */
  alias?: (id: string) => string;
  /** True sums between figures that the tables' own totals do not express. */
  equations?: readonly Equation[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The tables with their totals, nothing hidden: what the municipality itself sees. */
export function withTotals(table: CountTable): PublishedTable {
  const totals = table.columns.map((_, c) => sum(table.rows.map((r) => r.values[c]!)));
  return {
    id: table.id,
    columns: [...table.columns],
    rows: table.rows.map((r) => ({ key: r.key, values: [...r.values], total: sum(r.values) })),
    totals: table.additiveColumns ? totals : null,
    total: table.additiveColumns ? sum(totals) : null,
  };
}

/** The figures of the tables under their published ids, and the sums between them. */
export function tableSystem(tables: readonly CountTable[], options: Pick<SuppressTablesOptions, 'alias' | 'equations'> = {}): FigureSystem {
  const alias = options.alias ?? ((id: string) => id);
  const values = new Map<string, number>();
  const equations: Equation[] = [...(options.equations ?? [])];
  const put = (id: string, value: number) => {
    const known = values.get(id);
    if (known !== undefined && known !== value) throw new Error(`figure ${id} has two values: ${known} and ${value}`);
    values.set(id, value);
  };
  // A table without rows publishes nothing to sum: its zeros are its shape, not a count.
  for (const table of tables.map(withTotals).filter((t) => t.rows.length > 0)) {
    const id = idsOf(table, alias);
    for (const row of table.rows) {
      row.values.forEach((v, c) => put(id(row.key, table.columns[c]!), v!));
      put(id(row.key, ALL), row.total!);
      equations.push({ total: id(row.key, ALL), parts: table.columns.map((c) => id(row.key, c)) });
    }
    if (table.totals) {
      table.totals.forEach((v, c) => put(id(ALL, table.columns[c]!), v!));
      put(id(ALL, ALL), table.total!);
      table.columns.forEach((c) => equations.push({ total: id(ALL, c), parts: table.rows.map((r) => id(r.key, c)) }));
      equations.push({ total: id(ALL, ALL), parts: table.columns.map((c) => id(ALL, c)) });
      equations.push({ total: id(ALL, ALL), parts: table.rows.map((r) => id(r.key, ALL)) });
    }
  }
  return { values, equations: dedupe(equations) };
}

/**
 * The tables as they may leave the municipality: small numbers hidden, and whatever would let
 * them be worked out again, across all tables together (they share totals).
 */
export function suppressTables(tables: readonly CountTable[], options: SuppressTablesOptions = {}): PublishedTable[] {
  const alias = options.alias ?? ((id: string) => id);
  const hidden = suppress(tableSystem(tables, options), options);
  return tables.map(withTotals).map((table) => {
    const id = idsOf(table, alias);
    const show = (row: string, column: string, value: number | null) => (hidden.has(id(row, column)) ? null : value);
    return {
      ...table,
      rows: table.rows.map((r) => ({ key: r.key, values: r.values.map((v, c) => show(r.key, table.columns[c]!, v)), total: show(r.key, ALL, r.total) })),
      totals: table.totals && table.rows.length > 0 ? table.totals.map((v, c) => show(ALL, table.columns[c]!, v)) : null,
      total: table.totals && table.rows.length > 0 ? show(ALL, ALL, table.total) : null,
    };
  });
}

/** A one-row table's column totals are its cells, and its grand total its row's total: the same figures. */
function idsOf(table: PublishedTable, alias: (id: string) => string) {
  const only = table.rows.length === 1 ? table.rows[0]!.key : null;
  return (row: string, column: string) => alias(figureId(table.id, row === ALL && only !== null ? only : row, column));
}

/** Shared figures repeat equations (a one-row table's row is its totals): once is enough. */
function dedupe(equations: readonly Equation[]): Equation[] {
  const seen = new Set<string>();
  return equations.filter((e) => {
    const key = `${e.total}=${[...e.parts].sort().join('+')}`;
    if (seen.has(key) || (e.parts.length === 1 && e.parts[0] === e.total)) return false;
    seen.add(key);
    return true;
  });
}
