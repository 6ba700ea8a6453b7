import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../../db/tenant';

export type CopyValue = string | number | null;

/** The node-postgres connection of a transaction: drizzle keeps it in its session, outside its types. */
function pgClientOf(tx: Tx): pg.PoolClient {
  const client = (tx as unknown as { session?: { client?: pg.PoolClient } }).session?.client;
  if (!client || typeof client.query !== 'function') throw new Error('COPY needs a node-postgres transaction');
  return client;
}

/** One value in COPY's text format: backslash, tab and line breaks escaped, \N for null. */
function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '23505';

/**
 * Writes rows with COPY … FROM STDIN in the transaction, several times faster than multi-row
 * INSERTs for a register of millions. Inside a savepoint, so that a refused COPY (a duplicate
 * key) leaves the transaction usable and the caller can write the batch another way.
 */
export async function copyRows(tx: Tx, table: string, columns: readonly string[], rows: readonly CopyValue[][]): Promise<'written' | 'duplicate'> {
  const client = pgClientOf(tx);
  const text = rows.map((row) => row.map(copyField).join('\t')).join('\n') + '\n';
  await client.query('savepoint register_copy');
  try {
    await pipeline(Readable.from([text]), client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)));
  } catch (error) {
    await client.query('rollback to savepoint register_copy');
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
  await client.query('release savepoint register_copy');
  return 'written';
}
