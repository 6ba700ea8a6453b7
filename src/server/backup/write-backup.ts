import fs from 'node:fs';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/tenant';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, control, type BackupProgress } from './backup-format';
import { schemaVersionOf } from './schema-version';
import { sequenceValues, tablesInOrder } from './tables';

/** Rows read per FETCH: enough to keep the round trips few, little enough to stay out of memory. */
const FETCH_ROWS = 2000;

export interface BackupSummary {
  schema: string;
  tables: Record<string, number>;
  bytes: number;
}

/**
 * Writes every table of the application (not the encryption key: it is not in the database) to
 * one gzip file, from one consistent snapshot (a read-only repeatable-read transaction), so the
 * server may keep running on a PostgreSQL server. The file appears under its name only when
 * complete; until then it is `FILE.partial`.
 */
export async function writeBackup(database: Database, file: string, onProgress: BackupProgress = () => {}): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = zlib.createGzip();
  const output = fs.createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(output);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  try {
    const summary = await database.db.transaction(
      async (tx) => {
        const schema = await schemaVersionOf(tx);
        await write(control({ format: BACKUP_FORMAT, version: BACKUP_FORMAT_VERSION, schema, createdAt: new Date().toISOString(), database: database.kind }));
        const tables: Record<string, number> = {};
        for (const table of await tablesInOrder(tx)) {
          const columns = await queryRows<{ name: string }>(
            tx,
            sql`select column_name as name from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`,
          );
          await write(control({ table, columns: columns.map((c) => c.name) }));
          await tx.execute(sql`declare backup_rows no scroll cursor for select to_jsonb(t)::text as row from ${sql.identifier(table)} t`);
          let rows = 0;
          for (;;) {
            const batch = await queryRows<{ row: string }>(tx, sql.raw(`fetch ${FETCH_ROWS} from backup_rows`));
            if (batch.length === 0) break;
            await write(`${batch.map((r) => r.row).join('\n')}\n`);
            rows += batch.length;
            onProgress({ table, rows, done: false });
          }
          await tx.execute(sql`close backup_rows`);
          await write(control({ end: table, rows }));
          tables[table] = rows;
          onProgress({ table, rows, done: true });
        }
        await write(control({ complete: true, tables, sequences: await sequenceValues(tx) }));
        return { schema, tables };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
    await once(output, 'close');
    fs.renameSync(partial, file);
    return { ...summary, bytes: fs.statSync(file).size };
  } catch (error) {
    gzip.destroy();
    output.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
