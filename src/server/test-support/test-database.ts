import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIGRATIONS_DIR, openDatabase, type Database } from '../db/client';
import { createScratchDatabase } from './scratch-database';

export interface TestDatabase extends Database {
  /** Environment that makes the server or CLI open this same database (after it is closed, for PGlite). */
  env: Record<string, string>;
}

/**
 * A fresh, migrated database for one test file: PGlite by default (in memory, or in a temporary
 * folder with `onDisk`; in the test's own thread unless `pgliteThread`, as the server runs it), or a new database on the PostgreSQL server of TEST_DATABASE_URL when
 * TEST_DB=postgres (dropped again on close).
 */
export async function openTestDatabase(options: { onDisk?: boolean; pgliteThread?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB !== 'postgres' || !serverUrl) {
    const dataDir = options.onDisk ? fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-test-')) : null;
    const pgliteThread = options.pgliteThread ?? false;
    return { ...(await openDatabase({ dataDir, pgliteStart: await migratedTemplate(), pgliteThread })), env: dataDir ? { DATA_DIR: dataDir } : {} };
  }

  const scratch = await createScratchDatabase(serverUrl, 'test');
  const database = await openDatabase({ databaseUrl: scratch.url, dataDir: null });
  return {
    ...database,
    env: { DATABASE_URL: scratch.url },
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/**
 * A migrated, empty PGlite data directory as a dump, made once per set of migrations and shared by
 * every test file and worker through a file: starting from it takes about 1 s, initdb and the
 * migrations about 4 s. Written under a temporary name and renamed, so a worker never reads half a
 * file; two workers that both make it at the start just do the work twice.
 */
async function migratedTemplate(): Promise<Blob> {
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(MIGRATIONS_DIR, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(MIGRATIONS_DIR, name);
    if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
  }
  const file = path.join(os.tmpdir(), `signaalroute-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (!fs.existsSync(file)) {
    const database = await openDatabase({ dataDir: null });
    const dump = await database.dumpDataDir!();
    await database.close();
    const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  }
  return new Blob([fs.readFileSync(file)]);
}

/**
 * Where a restore can go, of the same kind as the test database: a new folder for PGlite, or a new
 * database on the server, not yet migrated. `drop` removes it again.
 */
export async function emptyTarget(): Promise<{ env: Record<string, string>; target: { databaseUrl?: string; dataDir: string | null }; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB !== 'postgres' || !serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-restore-'));
    return { env: { DATA_DIR: dataDir }, target: { dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchDatabase(serverUrl, 'restore');
  return { env: { DATABASE_URL: scratch.url }, target: { databaseUrl: scratch.url, dataDir: null }, drop: scratch.drop };
}
