import crypto from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createRequire } from 'node:module';
import pg from 'pg';
import type { Db } from './client';
import * as schema from './schema';

/** A transaction's handle: everything a database handle does but open a nested transaction. */
export type Tx = Omit<Db, 'transaction'>;

/** The database role of tenant work: row-level security applies to it (no BYPASSRLS). */
export const APP_ROLE = 'signaalroute_app';

export interface TransactionSettings {
  /**
   * Commit without waiting for the write-ahead log to reach the disk: only for work that changes
   * nothing but its own audit record (docs/decisions/0013-search-audit-commit.md).
   */
  asyncCommit?: boolean;
}

/** The transaction-local settings (set_config) a transaction opens with. */
type Opening = Array<[name: string, value: string]>;

/** A drizzle handle on one pooled connection, made once per connection (its schema's set-up is not free). */
const handles = new WeakMap<pg.PoolClient, Tx>();
function handleOn(client: pg.PoolClient): Tx {
  let handle = handles.get(client);
  if (!handle) handles.set(client, (handle = drizzle(client, { schema }) as unknown as Tx));
  return handle;
}

/**
 * Runs `work` in a transaction that opens with `settings`. On a PostgreSQL server BEGIN and the
 * settings go in one round trip, as one simple-protocol message (values quoted by the driver):
 * most requests are one short transaction, and a round trip is a good part of it. PGlite has no
 * network; there drizzle's transaction is used and the settings are its first statement.
 */
async function transaction<T>(db: Db, opening: Opening, work: (tx: Tx) => Promise<T>): Promise<T> {
  const pool = (db as { $client?: unknown }).$client;
  if (pool instanceof pg.Pool) {
    const client = await pool.connect();
    const settings = opening.map(([name, value]) => `set_config(${pg.escapeLiteral(name)}, ${pg.escapeLiteral(value)}, true)`);
    let broken = false;
    try {
      await client.query(`begin${settings.length ? `; select ${settings.join(', ')}` : ''}`);
      const result = await work(handleOn(client));
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      // A connection that cannot even roll back is closed rather than handed to the next request.
      client.release(broken);
    }
  }
  return db.transaction(async (tx) => {
    if (opening.length) await tx.execute(sql`select ${sql.join(opening.map(([name, value]) => sql`set_config(${name}, ${value}, true)`), sql`, `)}`);
    return work(tx);
  });
}

const asyncCommit = (settings: TransactionSettings): Opening => (settings.asyncCommit ? [['synchronous_commit', 'off']] : []);

/**
 * Runs `work` in a transaction that can only see and change rows of one municipality: the
 * municipality is set for this transaction only, and the transaction switches to the role that
 * row-level security applies to (set_config('role') is SET LOCAL ROLE). Even a hand-written query
 * inside cannot reach another tenant.
 */
export async function inTenant<T>(db: Db, municipality: string, work: (tx: Tx) => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
  return transaction(db, [['app.municipality', municipality], ['role', APP_ROLE], ...asyncCommit(settings)], work);
}

/**
 * A transaction outside any tenant, as the schema owner: for the few operations that must look
 * across tenants by design (finding the account for a login name, verifying the audit chain,
 * migrations). Every caller says why in a comment.
 */
export async function asSystem<T>(db: Db, work: (tx: Tx) => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
  return transaction(db, asyncCommit(settings), work);
}

/** Rows of a raw SQL query; PGlite and node-postgres both answer with `{ rows }`. */
export async function queryRows<T>(tx: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();
/** node-postgres's own conversion of a parameter to its text form (arrays as array literals), which it exports untyped. */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue(value: unknown): string | null };

/**
 * Rows of a raw SQL query that runs on every keystroke-sized request (the matching searches), as a
 * named prepared statement (ADR 30): the database parses it once and, after a few runs, may keep
 * one plan, instead of parsing and planning it every time (about 0.5 ms of a 3 ms search on the
 * server, twice that on PGlite). The name is a hash of the text, so each shape of the query is its
 * own statement; their number is bounded by the code.
 */
export async function queryRowsPrepared<T>(tx: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `sr_${crypto.createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  const client = (tx as { $client?: unknown }).$client;
  if (client instanceof pg.Client) {
    const result = await client.query<T & pg.QueryResultRow>({ name, text, values: params });
    return result.rows;
  }
  // PGlite's API sends every query unnamed, and EXECUTE takes no bound parameters: the statement is
  // prepared in SQL once per database (prepared statements outlive transactions, also rolled-back
  // ones), and executed with its values as quoted literals, which PREPARE's parameter types read.
  const [known] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from pg_prepared_statements where name = ${name}`);
  if (!known?.n) await tx.execute(sql.raw(`prepare ${name} as ${text}`));
  const literals = params.map((value) => {
    const prepared = prepareValue(value);
    return prepared === null ? 'null' : pg.escapeLiteral(String(prepared));
  });
  return queryRows<T>(tx, sql.raw(`execute ${name}${literals.length ? `(${literals.join(', ')})` : ''}`));
}
