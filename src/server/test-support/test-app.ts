import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Content } from '../../domain/content/content';
import { buildApp, type AppOptions } from '../app';
import { systemContext, type Context } from '../context/context';
import { createServices, type Services } from '../context/services';
import { loadContent } from '../content/load-content';
import { followPublications, startPublishedContent } from '../content/live-content';
import { openKeyring, type Keyring } from '../crypto/keyring';
import { createMailer } from '../mail/mailer';
import type { App } from '../http/types';
import { openTestDatabase, type TestDatabase } from './test-database';
import { openDatabase } from '../db/client';
import type { RegistersConfig } from '../registers/registers-config';

export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../../content');

export interface TestApp {
  app: App;
  services: Services;
  database: TestDatabase;
  content: Content;
  keyring: Keyring;
  close(): Promise<void>;
}

/** A fresh key for one test file, in a temporary key file. */
export function testKeyring(): Keyring {
  return openKeyring(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-keys-')), 'encryption-keys.json'), new Date()).ring;
}

/**
 * The real app over the real content and a fresh test database, ready for `app.inject`. Mail goes
 * to `smtpUrl` (a capturing SMTP server) when given; `now` replaces the clock; `publicUrl` and the
 * session time-outs are the configuration's. `instanceOf` (PostgreSQL server only): a second
 * instance on the other app's database, which follows its publications as a server does.
 */
export async function createTestApp(
  options: AppOptions & { smtpUrl?: string; now?: () => Date; publicUrl?: string; sessionIdleMinutes?: number; sessionAbsoluteHours?: number; registers?: RegistersConfig; instanceOf?: TestApp } = {},
): Promise<TestApp> {
  const { smtpUrl, now, publicUrl, sessionIdleMinutes, sessionAbsoluteHours, registers, instanceOf, ...appOptions } = options;
  const loaded = await loadContent(CONTENT_DIR);
  const { content } = loaded;
  const sharedUrl = instanceOf?.database.env.DATABASE_URL;
  if (instanceOf && !sharedUrl) throw new Error('a second instance needs the PostgreSQL server (TEST_DB=postgres)');
  const database: TestDatabase = sharedUrl ? { ...(await openDatabase({ databaseUrl: sharedUrl, dataDir: null })), env: instanceOf!.database.env } : await openTestDatabase();
  const keyring = testKeyring();
  const mailer = createMailer({ smtpUrl, from: 'Signaalroute <noreply@gemeente.example>' });
  const services = createServices({ database, content, contentFiles: loaded, keyring, mailer, publicUrl, sessionIdleMinutes, sessionAbsoluteHours, registers, ...(now ? { clock: now } : {}) });
  // As the server does: the release's packs become version 1 and are what is served (ADR 28).
  await startPublishedContent(services);
  const publications = sharedUrl ? await followPublications(services, sharedUrl) : undefined;
  const app = await buildApp(services, appOptions);
  await app.ready();
  return {
    app,
    services,
    database,
    // As served at start (the release's packs, version 1); `services.content` after a publication.
    content: services.content,
    keyring,
    close: async () => {
      await app.close();
      await publications?.stop();
      mailer.close();
      await database.close();
    },
  };
}

/** A context of the installation in one municipality of the test app, optionally at another moment. */
export function testContext(t: TestApp, municipality: string | null, now?: Date): Context {
  const services = now ? { ...t.services, clock: () => now } : t.services;
  return systemContext(services, { name: 'test', municipality });
}
