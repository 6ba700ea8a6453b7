import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseConfig } from '../config';
import { loadContent } from '../content/load-content';
import { startPublishedContent } from '../content/live-content';
import { createServices, type Services } from '../context/services';
import { readKeyring, type Keyring } from '../crypto/keyring';
import { openDatabase, type Database } from '../db/client';
import { createMailer } from '../mail/mailer';

/**
 * The CLI uses the same configuration as the server: DATABASE_URL or the embedded DATA_DIR. Like
 * the server it migrates and loads the municipality list, so it also works before the first start.
 */
export async function openDatabaseFromEnv(env: NodeJS.ProcessEnv): Promise<Database> {
  const config = parseConfig(env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgliteSharedBuffers: config.pgliteSharedBuffers });
  try {
    // The municipality list as the published region packs have it (ADR 28), not the files alone.
    await openServicesFromEnv(env, database);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The services of an operator command: the server's database, the content it serves and key file. Without a key
 * file (a database server whose key file lives on the application servers) a throw-away key serves:
 * these commands read and write nothing encrypted, and a key file is never created here.
 */
export async function openServicesFromEnv(env: NodeJS.ProcessEnv, database: Database): Promise<Services> {
  const config = parseConfig(env);
  const loaded = await loadContent(config.contentDir);
  const keyring: Keyring = keyringIfPresent(env) ?? { current: 'cli-ephemeral', keys: new Map([['cli-ephemeral', crypto.randomBytes(32)]]) };
  const services = createServices({
    database,
    content: loaded.content,
    contentFiles: loaded,
    keyring,
    mailer: createMailer({ smtpUrl: undefined, from: config.mailFrom }),
    publicUrl: config.publicUrl,
  });
  await startPublishedContent(services);
  return services;
}

/** The installation's key file, when this machine has it (ENCRYPTION_KEY_FILE). */
export function keyringIfPresent(env: NodeJS.ProcessEnv): Keyring | undefined {
  const file = parseConfig(env).encryptionKeyFile;
  return fs.existsSync(file) ? readKeyring(file) : undefined;
}
