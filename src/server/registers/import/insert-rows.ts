import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/tenant';

/** A column's type; `text[]` values are given as arrays of strings. */
export type ColumnType = 'text' | 'int' | 'bigint' | 'uuid' | 'text[]';
export type RowValue = string | number | null | readonly string[];

/**
 * Writes a batch as one INSERT … SELECT FROM unnest(one array per column): a handful of parameters
 * however many rows, so neither the ORM nor the database spends its time on thousands of
 * placeholders. Unlike COPY it is an ordinary INSERT, so row-level security checks every row.
 */
export async function insertRows(tx: Tx, table: string, columns: ReadonlyArray<readonly [string, ColumnType]>, rows: readonly RowValue[][]): Promise<void> {
  if (rows.length === 0) return;
  // unnest cannot take an array of arrays of different lengths: a list travels as JSON text.
  const arrays = columns.map(([, type], i) => {
    const values = rows.map((row) => (type === 'text[]' ? JSON.stringify(row[i] ?? []) : (row[i] ?? null)));
    return sql`${sql.param(values)}::${sql.raw(type === 'text[]' ? 'text' : type)}[]`;
  });
  const selected = columns.map(([, type], i) => sql.raw(type === 'text[]' ? `array(select jsonb_array_elements_text(u.c${i}::jsonb))` : `u.c${i}`));
  const names = sql.raw(columns.map(([name]) => name).join(', '));
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  await tx.execute(sql`insert into ${sql.raw(table)} (${names}) select ${sql.join(selected, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})`);
}

/** Rows written per statement when a whole table is rebuilt at once. */
const REBUILD_BATCH = 20_000;

/**
 * Writes many rows in statements of REBUILD_BATCH, in the order given: callers pass them sorted by
 * the table's index, so the index is filled page by page rather than at random.
 */
export async function insertRowsInBatches(tx: Tx, table: string, columns: ReadonlyArray<readonly [string, ColumnType]>, rows: readonly RowValue[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += REBUILD_BATCH) await insertRows(tx, table, columns, rows.slice(i, i + REBUILD_BATCH));
}
