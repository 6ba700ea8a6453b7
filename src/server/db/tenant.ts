import crypto from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createRequire } from 'node:module';
import pg from 'pg';
import type { Db } from './client';
import { PgliteThread } from './pglite-thread';
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
  /**
   * Statements the transaction ends with, asked for once the work is done: on a PostgreSQL server
   * they go in one round trip with COMMIT (values as quoted literals), so that a request's audit
   * record costs no round trip of its own.
   */
  closing?: () => readonly SQL[];
}

/** The transaction-local settings (set_config) a transaction opens with. */
type Opening = Array<[name: string, value: string]>;

const dialect = new PgDialect();
/** node-postgres's own conversion of a parameter to its text form (arrays as array literals), which it exports untyped. */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue(value: unknown): string | null };

/** A parameter as a quoted SQL literal, converted to text as node-postgres converts it. */
function literal(value: unknown): string {
  const prepared = prepareValue(value);
  return prepared === null ? 'null' : pg.escapeLiteral(String(prepared));
}

type QueryConfig = { text: string; name?: string; values?: unknown[] } & Record<string, unknown>;

/**
 * A query's text with its placeholders ($1, $2, …) replaced by its values as quoted literals, or
 * null where that is not certain to mean the same: placeholders are only looked for outside quoted
 * strings and names, and a text with comments, backslashes (E'…' strings) or dollar quoting is left
 * alone; so is a value with NUL, which would end the message's text early.
 */
function placeholdersToLiterals(text: string, params: readonly unknown[]): string | null {
  if (/--|\/\*|\\/.test(text) || params.some((value) => typeof value === 'string' && value.includes('\0'))) return null;
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null; // a doubled quote closes and opens again: the same result
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '$') {
      const digits = /^\d+/.exec(text.slice(i + 1))?.[0];
      if (!digits) return null;
      out += literal(params[Number(digits) - 1]);
      i += digits.length;
      continue;
    }
    out += c;
  }
  return quote ? null : out;
}

/** A value of a bulk write (an import's batch): quoting it would cost more than the round trip saved. */
const isBulk = (value: unknown) => (Array.isArray(value) ? value.length > 100 : (typeof value === 'string' || Buffer.isBuffer(value)) && value.length > 8192);

/** The first query of a transaction as text that can follow BEGIN in one simple-protocol message, or null. */
function mergeable(config: unknown, values: unknown): QueryConfig | null {
  const query: QueryConfig | null = typeof config === 'string' ? { text: config } : config && typeof config === 'object' && 'text' in config ? (config as QueryConfig) : null;
  if (!query || query.name) return null;
  const params = (Array.isArray(values) ? values : query.values) ?? [];
  if (params.some(isBulk)) return null;
  const text = placeholdersToLiterals(query.text, params);
  return text === null ? null : { ...query, text, values: [] };
}

/** BEGIN and the settings of the transaction on a connection, until its first query takes them along. */
const unsentOpening = new WeakMap<pg.PoolClient, string>();

/**
 * A drizzle handle on one pooled connection, made once per connection (its schema's set-up is not
 * free). The connection's `query` sends a transaction's opening with its first query, in one
 * round trip: every query, drizzle's or raw on `$client`, goes through it.
 */
const handles = new WeakMap<pg.PoolClient, Tx>();
function handleOn(client: pg.PoolClient): Tx {
  let handle = handles.get(client);
  if (!handle) {
    const send = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>;
    client.query = ((...args: unknown[]) => {
      const opening = unsentOpening.get(client);
      // Outside a transaction of ours (pg.Pool's own query passes a callback, COPY a stream) as is.
      if (opening === undefined) return send(...args);
      const [config, values] = args;
      // A stream (COPY) or a callback cannot wait for the opening: never run one outside the transaction.
      if (args.some((arg) => typeof arg === 'function') || typeof (config as { submit?: unknown } | null)?.submit === 'function') {
        throw new Error('the first statement of a transaction cannot be a stream or take a callback');
      }
      unsentOpening.delete(client);
      const merged = mergeable(config, values);
      if (merged) return send({ ...merged, text: `${opening}; ${merged.text}` }).then((results) => (Array.isArray(results) ? results.at(-1) : results));
      return send(opening).then(() => send(config, values));
    }) as typeof client.query;
    handles.set(client, (handle = drizzle(client, { schema }) as unknown as Tx));
  }
  return handle;
}

/**
 * Runs `work` in a transaction that opens with `settings`. On a PostgreSQL server BEGIN and the
 * settings go with the transaction's first query, and the closing statements with COMMIT, each as
 * one simple-protocol message (values quoted by the driver): most requests are one short
 * transaction, and a round trip is a good part of it (ADR 35). A transaction that sends nothing
 * costs nothing. PGlite in its thread (the server) gets the opening statements with BEGIN and the
 * closing ones with COMMIT, one message each (ADR 36); PGlite in this thread (tests, the CLI) runs
 * drizzle's transaction, the settings its first statement and the closing ones its last.
 */
async function transaction<T>(db: Db, opening: Opening, work: (tx: Tx) => Promise<T>, closing: TransactionSettings['closing']): Promise<T> {
  const pool = (db as { $client?: unknown }).$client;
  if (pool instanceof pg.Pool) {
    const client = await pool.connect();
    const settings = opening.map(([name, value]) => `set_config(${pg.escapeLiteral(name)}, ${pg.escapeLiteral(value)}, true)`);
    let broken = false;
    const handle = handleOn(client);
    unsentOpening.set(client, `begin${settings.length ? `; select ${settings.join(', ')}` : ''}`);
    try {
      const result = await work(handle);
      // The closing statements in the order given: all in the COMMIT's message, or, when one cannot
      // be written with literals, each on its own before it.
      const statements = (closing?.() ?? []).map((statement) => dialect.sqlToQuery(statement));
      const inlined = statements.map(({ sql: text, params }) => placeholdersToLiterals(text, params));
      const last = inlined.filter((text): text is string => text !== null);
      if (last.length < statements.length) {
        for (const { sql: text, params } of statements) await client.query(text, params);
        last.length = 0;
      }
      const opening = unsentOpening.get(client);
      unsentOpening.delete(client);
      if (opening === undefined) await client.query([...last, 'commit'].join('; '));
      else if (last.length) await client.query([opening, ...last, 'commit'].join('; '));
      return result;
    } catch (error) {
      if (!unsentOpening.delete(client)) {
        await client.query('rollback').catch(() => {
          broken = true;
        });
      }
      throw error;
    } finally {
      // A connection that cannot even roll back is closed rather than handed to the next request.
      unsentOpening.delete(client);
      client.release(broken);
    }
  }
  const thread = PgliteThread.of(pool);
  if (thread) {
    const settings = opening.length ? [asStatement(settingsStatement(opening))] : [];
    return thread.transaction(settings, () => (closing?.() ?? []).map(asStatement), (client) => work(drizzlePglite(client, { schema }) as unknown as Tx));
  }
  return db.transaction(async (tx) => {
    if (opening.length) await tx.execute(settingsStatement(opening));
    const result = await work(tx);
    for (const statement of closing?.() ?? []) await tx.execute(statement);
    return result;
  });
}

const settingsStatement = (opening: Opening): SQL => sql`select ${sql.join(opening.map(([name, value]) => sql`set_config(${name}, ${value}, true)`), sql`, `)}`;

const asStatement = (statement: SQL) => {
  const query = dialect.sqlToQuery(statement);
  return { text: query.sql, params: query.params };
};

const asyncCommit = (settings: TransactionSettings): Opening => (settings.asyncCommit ? [['synchronous_commit', 'off']] : []);

/**
 * Runs `work` in a transaction that can only see and change rows of one municipality: the
 * municipality is set for this transaction only, and the transaction switches to the role that
 * row-level security applies to (set_config('role') is SET LOCAL ROLE). Even a hand-written query
 * inside cannot reach another tenant.
 */
export async function inTenant<T>(db: Db, municipality: string, work: (tx: Tx) => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
  return transaction(db, [['app.municipality', municipality], ['role', APP_ROLE], ...asyncCommit(settings)], work, settings.closing);
}

/**
 * A transaction outside any tenant, as the schema owner: for the few operations that must look
 * across tenants by design (finding the account for a login name, verifying the audit chain,
 * migrations). Every caller says why in a comment.
 */
export async function asSystem<T>(db: Db, work: (tx: Tx) => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
  return transaction(db, asyncCommit(settings), work, settings.closing);
}

/** Rows of a raw SQL query; PGlite and node-postgres both answer with `{ rows }`. */
export async function queryRows<T>(tx: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}


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
  const literals = params.map(literal);
  return queryRows<T>(tx, sql.raw(`execute ${name}${literals.length ? `(${literals.join(', ')})` : ''}`));
}
