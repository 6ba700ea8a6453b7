import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../db/client';
import type { Tx } from '../db/tenant';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupProgress } from './backup-format';
import { readBackup, type BackupLine } from './read-backup';
import { knownMigrations, migrationsUpTo } from './schema-version';
import { tablesInOrder } from './tables';

/** Rows inserted per statement. */
const INSERT_ROWS = 1000;

export interface RestoreTarget {
  databaseUrl?: string | undefined;
  dataDir: string | null;
}

export interface RestoreSummary {
  schema: string;
  tables: Record<string, number>;
}

const NOT_NEW = 'Herstellen kan alleen in een nieuwe, lege database: hier staan al gegevens.';

/**
 * A restore goes into a new database only: it never mixes with, or overwrites, data that is there.
 * On a server that is a database without rows (a restore that failed half-way leaves its empty
 * tables, and may be tried again) whose schema is not newer than the backup's. An embedded
 * database folder must not exist yet; if the restore fails, the folder it made is removed again.
 * Returns what to undo when the restore fails.
 */
async function prepareTarget(target: RestoreTarget, header: BackupHeader): Promise<() => void> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`);
      for (const { name } of tables) {
        if ((await client.query(`select 1 from ${name} limit 1`)).rowCount) throw new Error(`${NOT_NEW} Maak een nieuwe database aan op de server en zet DATABASE_URL daarop.`);
      }
      const { rows } = await client.query<{ when: string | null }>(`select (select max(created_at)::text from drizzle.__drizzle_migrations where to_regclass('drizzle.__drizzle_migrations') is not null) as when`).catch(() => ({ rows: [{ when: null }] }));
      const backupWhen = knownMigrations().find((m) => m.tag === header.schema)!.when;
      if (rows[0]?.when && Number(rows[0].when) > backupWhen) throw new Error('Deze database heeft al een nieuwer schema dan de back-up. Maak een nieuwe database aan op de server en zet DATABASE_URL daarop.');
    } finally {
      await client.end();
    }
    return () => {};
  }
  const folder = target.dataDir ? path.join(target.dataDir, 'pglite') : null;
  if (folder && fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
    throw new Error(`${NOT_NEW} Kies een nieuwe DATA_DIR (in ${target.dataDir} staat al een database).`);
  }
  return () => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  };
}

function checkHeader(header: BackupHeader | undefined, file: string): BackupHeader {
  if (header?.format !== BACKUP_FORMAT) throw new Error(`${file} is geen back-up van Signaalroute.`);
  const known = knownMigrations();
  if (header.version > BACKUP_FORMAT_VERSION || !known.some((m) => m.tag === header.schema)) {
    throw new Error(
      `Deze back-up komt van een nieuwere versie van Signaalroute (schema ${header.schema}; deze versie kent tot en met ${known.at(-1)!.tag}). Werk Signaalroute eerst bij en herstel dan.`,
    );
  }
  return header;
}

/** Inserts a batch of rows as the backup wrote them, the columns named so that a table's defaults fill nothing in. */
async function insertRows(tx: Tx, table: string, columns: string[], rows: string[]): Promise<void> {
  if (rows.length === 0) return;
  const names = sql.join(columns.map((c) => sql.identifier(c)), sql`, `);
  await tx.execute(sql`insert into ${sql.identifier(table)} (${names}) select ${names} from jsonb_populate_recordset(null::${sql.identifier(table)}, ${`[${rows.join(',')}]`}::jsonb)`);
}

/**
 * Loads the rows of the backup, table by table, with the triggers off (the audit trail keeps its
 * hashes as they were: nothing is recomputed), sets the sequences, and checks every count against
 * the file. Returns the counts; throws, and so rolls back, when anything does not add up.
 */
async function loadRows(tx: Tx, lines: AsyncGenerator<BackupLine>, file: string, onProgress: BackupProgress): Promise<Record<string, number>> {
  const all = await tablesInOrder(tx);
  for (const table of [...all].reverse()) {
    await tx.execute(sql`alter table ${sql.identifier(table)} disable trigger user`);
    await tx.execute(sql`delete from ${sql.identifier(table)}`);
  }
  const counts: Record<string, number> = {};
  let current: { table: string; columns: string[] } | null = null;
  let batch: string[] = [];
  const flush = async () => {
    if (!current) return;
    await insertRows(tx, current.table, current.columns, batch);
    counts[current.table] = (counts[current.table] ?? 0) + batch.length;
    onProgress({ table: current.table, rows: counts[current.table]!, done: false });
    batch = [];
  };
  for await (const line of lines) {
    if ('row' in line) {
      if (!current) throw new Error(`${file} is beschadigd: een regel hoort bij geen tabel.`);
      batch.push(line.row);
      if (batch.length >= INSERT_ROWS) await flush();
      continue;
    }
    const c = line.control;
    if ('table' in c) {
      if (!all.includes(c.table)) throw new Error(`${file} bevat een tabel die dit schema niet heeft: ${c.table}.`);
      current = { table: c.table, columns: c.columns };
      counts[c.table] = 0;
    } else if ('end' in c) {
      await flush();
      if (counts[c.end] !== c.rows) throw new Error(`${file} is beschadigd: tabel ${c.end} heeft ${counts[c.end]} regels in plaats van ${c.rows}.`);
      onProgress({ table: c.end, rows: c.rows, done: true });
      current = null;
    } else if ('complete' in c) {
      for (const [table, rows] of Object.entries(c.tables)) {
        if (counts[table] !== rows) throw new Error(`${file} is beschadigd: tabel ${table} ontbreekt of is onvolledig.`);
      }
      for (const [sequence, value] of Object.entries(c.sequences)) {
        if (value !== null) await tx.execute(sql`select setval(${sequence}::regclass, ${value}::bigint, true)`);
      }
      for (const table of all) await tx.execute(sql`alter table ${sql.identifier(table)} enable trigger user`);
      return counts;
    }
  }
  throw new Error(`${file} is niet volledig: de back-up is afgebroken voordat hij klaar was. Er is niets hersteld.`);
}

/**
 * Restores a backup into a new database: brings it to the schema of the backup, loads every table
 * in one transaction and only then commits (a file that ends early restores nothing), and then
 * migrates it to this version's schema, as an upgrade would.
 */
export async function restoreBackup(target: RestoreTarget, file: string, onProgress: BackupProgress = () => {}): Promise<RestoreSummary> {
  const lines = readBackup(file);
  const first = await lines.next();
  const header = checkHeader(first.done || !('control' in first.value) ? undefined : (first.value.control as BackupHeader), file);
  const undo = await prepareTarget(target, header);
  let tables: Record<string, number>;
  try {
    const database = await openDatabase({ ...target, migrationsDir: migrationsUpTo(header.schema) });
    try {
      tables = await database.db.transaction((tx) => loadRows(tx, lines, file, onProgress));
    } finally {
      await database.close();
    }
  } catch (error) {
    undo();
    throw error;
  }
  await (await openDatabase(target)).close();
  return { schema: header.schema, tables };
}
