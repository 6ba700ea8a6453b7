import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../src/server/start';
import './provided';

/**
 * Starts the real server once for the whole suite, in-process, on a random port. It serves the
 * built front end (dist/web) and the API. PGlite in a temporary folder by default; a fresh
 * database on the PostgreSQL server of TEST_DATABASE_URL when TEST_DB=postgres (or when only
 * TEST_DATABASE_URL is set), dropped again afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(import.meta.dirname, '../../..');
  if (!fs.existsSync(path.join(root, 'dist/web/index.html'))) {
    throw new Error('dist/web ontbreekt: bouw eerst de front end (npm run test:e2e doet dat vanzelf).');
  }

  const serverUrl = process.env.TEST_DATABASE_URL;
  const usePostgres = process.env.TEST_DB === 'postgres' || (process.env.TEST_DB === undefined && Boolean(serverUrl));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  let dataDir: string | undefined;

  if (usePostgres) {
    if (!serverUrl) throw new Error('TEST_DB=postgres vraagt om TEST_DATABASE_URL.');
    const name = `signaalroute_e2e_${crypto.randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-e2e-'));
  }

  const server = await startServer({ port: 0, dataDir, databaseUrl, webDir: path.join(root, 'dist/web') });
  project.provide('baseUrl', server.url);
  project.provide('databaseKind', server.databaseKind);
  // The one-time link the server printed for the first beheerder: the set-up spec opens it.
  project.provide('setupLink', server.setupLink);
  console.log(`e2e: server op ${server.url} (database: ${server.databaseKind})`);

  return async () => {
    await server.close();
    await dropDatabase();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

async function adminQuery(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
