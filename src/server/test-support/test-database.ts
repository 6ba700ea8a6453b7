import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client';

export interface TestDatabase extends Database {
  /** Environment that makes the server or CLI open this same database (after it is closed, for PGlite). */
  env: Record<string, string>;
}

/**
 * A fresh, migrated database for one test file: PGlite by default (in memory, or in a temporary
 * folder with `onDisk`), or a new database on the PostgreSQL server of TEST_DATABASE_URL when
 * TEST_DB=postgres (dropped again on close).
 */
export async function openTestDatabase(options: { onDisk?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB !== 'postgres' || !serverUrl) {
    const dataDir = options.onDisk ? fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-test-')) : null;
    return { ...(await openDatabase({ dataDir })), env: dataDir ? { DATA_DIR: dataDir } : {} };
  }

  const name = `signaalroute_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: null });
  return {
    ...database,
    env: { DATABASE_URL: url.toString() },
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
