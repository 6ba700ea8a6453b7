import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The database role of tenant work: row-level security applies to it (no BYPASSRLS). */
export const APP_ROLE = 'signaalroute_app';

export interface TransactionSettings {
  /**
   * Commit without waiting for the write-ahead log to reach the disk: only for work that changes
   * nothing but its own audit record (docs/decisions/0013-search-audit-commit.md).
   */
  asyncCommit?: boolean;
}

const ASYNC_COMMIT = sql`, set_config('synchronous_commit', 'off', true)`;

/**
 * Runs `work` in a transaction that can only see and change rows of one municipality: the
 * municipality is set for this transaction only, and the transaction switches to the role that
 * row-level security applies to. Even a hand-written query inside cannot reach another tenant.
 */
export async function inTenant<T>(db: Db, municipality: string, work: (tx: Tx) => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: set_config('role') is SET LOCAL ROLE.
    await tx.execute(
      sql`select set_config('app.municipality', ${municipality}, true), set_config('role', ${APP_ROLE}, true)${settings.asyncCommit ? ASYNC_COMMIT : sql``}`,
    );
    return work(tx);
  });
}

/**
 * A transaction outside any tenant, as the schema owner: for the few operations that must look
 * across tenants by design (finding the account for a login name, verifying the audit chain,
 * migrations). Every caller says why in a comment.
 */
export async function asSystem<T>(db: Db, work: (tx: Tx) => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
  return db.transaction(async (tx) => {
    if (settings.asyncCommit) await tx.execute(sql`select true${ASYNC_COMMIT}`);
    return work(tx);
  });
}

/** Rows of a raw SQL query; PGlite and node-postgres both answer with `{ rows }`. */
export async function queryRows<T>(tx: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
