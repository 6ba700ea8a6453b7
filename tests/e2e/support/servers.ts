import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Services } from '../../../src/server/context/services';
import type { Keyring } from '../../../src/server/crypto/keyring';
import type { Db } from '../../../src/server/db/client';
import type { InstanceMode } from '../../../src/server/instance/instance-mode';
import { startServer } from '../../../src/server/start';
import { createTestApp } from '../../../src/server/test-support/test-app';

/**
 * Servers of their own for the specs that need a clean installation (first start, demo mode) or
 * their own users, so no spec depends on what another did to the shared server. The database
 * follows the suite's: PGlite, or a fresh database on TEST_DATABASE_URL when TEST_DB=postgres.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
export const WEB_DIR = path.join(ROOT, 'dist/web');

function usePostgres(): string | null {
  const url = process.env.TEST_DATABASE_URL;
  return process.env.TEST_DB === 'postgres' && url ? url : null;
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

export interface E2eServer {
  url: string;
  setupLink: string | null;
  close(): Promise<void>;
}

/** The real start (`startServer`, as `npm start` runs it) on an empty database and a random port. */
export async function startEmptyServer(options: { mode?: InstanceMode } = {}): Promise<E2eServer> {
  const serverUrl = usePostgres();
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  let drop = async () => {};
  if (serverUrl) {
    const name = `signaalroute_e2e_${crypto.randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-e2e-'));
  }
  const server = await startServer({ port: 0, dataDir, databaseUrl, webDir: WEB_DIR, mode: options.mode });
  return {
    url: server.url,
    setupLink: server.setupLink,
    close: async () => {
      await server.close();
      await drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface E2eServerWithDb extends E2eServer {
  db: Db;
  /** The server's keys, to store encrypted fields (a TOTP secret) as the server would. */
  keyring: Keyring;
  /** The server's services, to run commands as the server would (at another moment, say). */
  services: Services;
}

/** A free port on this machine, for a server whose public address must be known before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real app over a fresh test database, listening with the built front end, with the database
 * at hand to create users (src/server/test-support) or an SSO provider. `publicUrl` fixes the
 * address (and so the SSO redirect address) in advance.
 */
export async function startServerWithDb(options: { port?: number } = {}): Promise<E2eServerWithDb> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestApp({ webDir: WEB_DIR, publicUrl: url });
  await t.app.listen({ port, host: '127.0.0.1' });
  return { url, setupLink: null, db: t.database.db, keyring: t.keyring, services: t.services, close: () => t.close() };
}
