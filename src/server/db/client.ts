import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { lockDataDir } from './data-dir-lock';
import { DRIZZLE_PARSERS, forDrizzle, LIBRARY_PARSERS } from './pglite-parsers';
import { PgliteThread } from './pglite-thread';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /**
   * Plain SQL on the same connection(s), for a library that brings its own SQL (the job runner,
   * pg-boss). Without parameters the text may hold several statements.
   */
  raw(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** PostgreSQL server only: the pool's connections, for the metrics. */
  pool?: Pick<pg.Pool, 'totalCount' | 'idleCount' | 'waitingCount'>;
  /** PGlite only: its whole data directory as one uncompressed tar (what `pgliteStart` takes). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

/**
 * Committed migrations sit beside this module: src/server/db/migrations in the source tree, and
 * dist/server/migrations beside the bundled server (the build copies them).
 */
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * PGlite touches all of its shared buffers at start, inside the process: PostgreSQL's default of
 * 128 MB put a PGlite server at 552 MB under `npm run bench:load`, 16 MB at 407 MB. Pages that do
 * not fit are read from the operating system's file cache, not from disk.
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

/** The extensions the registers' name search uses (migration 0011); a PostgreSQL server has them in contrib. */
const PGLITE_EXTENSIONS = { pg_trgm, fuzzystrmatch, unaccent };

/**
 * Opens the database and brings its schema up to date. Without a URL, embedded PGlite keeps its
 * files in `dataDir` (or in memory when dataDir is null, for tests); with one, a PostgreSQL server.
 * `pgliteStart` is a dump of a data directory (PGlite's dumpDataDir) that a new PGlite starts from
 * instead of running initdb: the tests' migrated template, a quarter of the time of a fresh one.
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string | null;
  pgliteStart?: Blob;
  /** Another folder of migrations: a restore brings a database to the schema of its backup first. */
  migrationsDir?: string;
  /** PGlite's shared_buffers (PGLITE_SHARED_BUFFERS), e.g. '16MB'. */
  pgliteSharedBuffers?: string | undefined;
  /** Run PGlite in a worker thread (the server: ADR 31); tests and the CLI keep it in their own thread. */
  pgliteThread?: boolean;
}): Promise<Database> {
  const migrationsFolder = options.migrationsDir ?? MIGRATIONS_DIR;
  if (options.databaseUrl) {
    // A server that does not answer fails a request after 10 s (a 503), instead of hanging on TCP's minutes.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: 10_000 });
    // An idle connection that the server ends (restart, failover, a dropped test database) must not
    // crash the process: the pool discards it and the next query opens a new one.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder });
    return { db: db as unknown as Db, kind: 'postgres', pool, raw: (text, values) => pool.query(text, values), close: () => pool.end() };
  }
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  if (options.pgliteThread) return openPgliteThread(options, migrationsFolder, unlock);
  try {
    const client = await PGlite.create(options.dataDir ? path.join(options.dataDir, 'pglite') : undefined, {
      extensions: PGLITE_EXTENSIONS,
      parsers: DRIZZLE_PARSERS,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.pgliteSharedBuffers ?? PGLITE_SHARED_BUFFERS}`],
      ...(options.pgliteStart ? { loadDataDir: options.pgliteStart } : {}),
    });
    const db = drizzlePglite(forDrizzle(client), { schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      // PGlite's query takes one statement with parameters; exec takes several without.
      raw: async (text, values) =>
        values?.length ? client.query(text, values, { parsers: LIBRARY_PARSERS }) : ((await client.exec(text, { parsers: LIBRARY_PARSERS })).at(-1) ?? { rows: [] }),
      dumpDataDir: () => client.dumpDataDir('none'),
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openPgliteThread(options: Parameters<typeof openDatabase>[0], migrationsFolder: string, unlock: () => void): Promise<Database> {
  let thread: PgliteThread | undefined;
  try {
    thread = await PgliteThread.start({
      dataDir: options.dataDir ? path.join(options.dataDir, 'pglite') : null,
      sharedBuffers: options.pgliteSharedBuffers ?? PGLITE_SHARED_BUFFERS,
      ...(options.pgliteStart ? { loadDataDir: new Uint8Array(await options.pgliteStart.arrayBuffer()) } : {}),
    });
    const db = drizzlePglite(thread.forDrizzle(), { schema });
    await migratePglite(db, { migrationsFolder });
    const started = thread;
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      raw: (text, values) => started.raw(text, values),
      dumpDataDir: () => started.dumpDataDir(),
      close: async () => {
        await started.close();
        unlock();
      },
    };
  } catch (error) {
    await thread?.close();
    unlock();
    throw error;
  }
}
