import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Content } from '../../domain/content/content';
import { buildApp, type AppOptions } from '../app';
import { systemContext, type Context } from '../context/context';
import { createServices, type Services } from '../context/services';
import { loadContent } from '../content/load-content';
import { syncContent } from '../content/sync-content';
import { openKeyring, type Keyring } from '../crypto/keyring';
import type { Database } from '../db/client';
import { createMailer } from '../mail/mailer';
import type { App } from '../http/types';
import { openTestDatabase } from './test-database';
import type { RegistersConfig } from '../registers/registers-config';

export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../../content');

export interface TestApp {
  app: App;
  services: Services;
  database: Database;
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
 * session time-outs are the configuration's.
 */
export async function createTestApp(
  options: AppOptions & { smtpUrl?: string; now?: () => Date; publicUrl?: string; sessionIdleMinutes?: number; sessionAbsoluteHours?: number; registers?: RegistersConfig } = {},
): Promise<TestApp> {
  const { smtpUrl, now, publicUrl, sessionIdleMinutes, sessionAbsoluteHours, registers, ...appOptions } = options;
  const { content } = await loadContent(CONTENT_DIR);
  const database = await openTestDatabase();
  await syncContent(database.db, content);
  const keyring = testKeyring();
  const mailer = createMailer({ smtpUrl, from: 'Signaalroute <noreply@gemeente.example>' });
  const services = createServices({ database, content, keyring, mailer, publicUrl, sessionIdleMinutes, sessionAbsoluteHours, registers, ...(now ? { clock: now } : {}) });
  const app = await buildApp(services, appOptions);
  await app.ready();
  return {
    app,
    services,
    database,
    content,
    keyring,
    close: async () => {
      await app.close();
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
