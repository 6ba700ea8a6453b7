import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/tenant';

export type ColumnType = 'text' | 'int' | 'uuid';
export type RowValue = string | number | null;

/**
 * Writes a batch as one INSERT … SELECT FROM unnest(array per column): a handful of parameters
 * however many rows, so neither the ORM nor the database spends its time on thousands of
 * placeholders. Unlike COPY it is an ordinary INSERT, so row-level security checks every row.
 */
export async function insertRows(tx: Tx, table: string, columns: ReadonlyArray<readonly [string, ColumnType]>, rows: readonly RowValue[][]): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map(([, type], i) => sql`${sql.param(rows.map((row) => row[i] ?? null))}::${sql.raw(type)}[]`);
  const names = sql.raw(columns.map(([name]) => name).join(', '));
  await tx.execute(sql`insert into ${sql.raw(table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`);
}
