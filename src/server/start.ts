import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import { openDatabase } from './db/client';
import { loadContent } from './content/load-content';
import { followPublications, startPublishedContent } from './content/live-content';
import { buildApp } from './app';
import { prepareFirstUse } from './auth/setup';
import { openKeyring } from './crypto/keyring';
import { sealPlaintextColumns } from './crypto/reencrypt-all';
import { createMailer, type Mailer } from './mail/mailer';
import { claimInstanceMode, type InstanceMode } from './instance/instance-mode';
import { createServices } from './context/services';
import { startJobRunner, type JobRunner } from './jobs/job-runner';
import { reminderJob, reminderSchedule, reminderScanJob } from './reminders/reminder-jobs';
import { retentionJob, retentionSchedule } from './retention/retention-job';
import { staleContactsJob, staleContactsSchedule } from './partners/stale-contacts-job';
import type { RegistersConfig } from './registers/registers-config';
import { registerImportJob } from './registers/uploads/import-job';
import { rebuildMissingOrganisationWords } from './registers/import/organisation-words';
import { rebuildMissingSurnameKeys } from './registers/import/surname-keys';

/** The repository root, from this module in the source tree (src/server) or the bundle (dist/server). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface StartOptions {
  port?: number;
  host?: string;
  /** PGlite data folder; null keeps the database in memory (tests). Ignored with databaseUrl. */
  dataDir?: string | null;
  /** PGlite's shared_buffers; PGLITE_SHARED_BUFFERS by default. */
  pgliteSharedBuffers?: string;
  /** PGlite in a worker thread of its own (ADR 31): the server's default; PGLITE_THREAD=off keeps it in the server's thread. */
  pgliteThread?: boolean;
  databaseUrl?: string | undefined;
  contentDir?: string;
  webDir?: string | null;
  logger?: FastifyBaseLogger;
  rateLimitPerMinute?: number;
  maxRequestsInFlight?: number;
  trustProxy?: boolean;
  /** METRICS_TOKEN: Prometheus metrics at /metrics for whoever sends it as a bearer token. */
  metricsToken?: string | undefined;
  /** The address users reach the server at (PUBLIC_URL); the listening address when absent. */
  publicUrl?: string;
  sessionIdleMinutes?: number;
  sessionAbsoluteHours?: number;
  /** `demo` for `npm run demo`: refuses a database with real data, and says so on every page. */
  mode?: InstanceMode;
  /** Key file for personal data at rest; beside the embedded data, or a throw-away one without. */
  encryptionKeyFile?: string;
  smtpUrl?: string | undefined;
  mailFrom?: string;
  /** How often reminders for partner feedback are sent (REMINDER_INTERVAL_SECONDS); 0 = off. Default 300. */
  reminderIntervalSeconds?: number;
  /** How often retention deletes what has passed its term (RETENTION_INTERVAL_SECONDS); 0 = off. Default once a day. */
  retentionIntervalSeconds?: number;
  /** How often the job looks whether a regiobeheerder is due the monthly e-mail about unchecked contacts; 0: never. */
  staleContactsIntervalSeconds?: number;
  /** BAG and KVK live look-ups (BAG_API_URL, KVK_API_URL and their keys); off without. */
  registers?: RegistersConfig;
}

export interface RunningServer {
  url: string;
  /** The one-time link to create the first beheerder, when the database has no users yet. */
  setupLink: string | null;
  databaseKind: 'pglite' | 'postgres';
  contentVersion: string;
  close(): Promise<void>;
}

/**
 * Starts the whole application: content is validated (a broken content file stops the start with a
 * message naming the file and node) while the database opens and is migrated, then the database is
 * synchronised, then the HTTP server listens.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  // Both at once (a cold start waits for the longer of the two, not for both): PGlite compiles its
  // WebAssembly and reads its files while the content is parsed. A broken content file is still
  // what the start reports, and the database is closed again.
  const [loaded, opened] = await Promise.allSettled([
    loadContent(options.contentDir ?? path.join(PROJECT_ROOT, 'content')),
    openDatabase({
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir === undefined ? null : options.dataDir,
      pgliteSharedBuffers: options.pgliteSharedBuffers,
      pgliteThread: options.pgliteThread ?? true,
    }),
  ]);
  if (loaded.status === 'rejected') {
    if (opened.status === 'fulfilled') await opened.value.close();
    throw loaded.reason;
  }
  if (opened.status === 'rejected') throw opened.reason;
  const { content } = loaded.value;
  const database = opened.value;
  let mailer: Mailer | undefined;
  let jobs: JobRunner | undefined;
  let publications: { stop(): Promise<void> } | undefined;
  try {
    const mode = options.mode ?? 'production';
    await claimInstanceMode(database.db, mode);
    const webDir = options.webDir === undefined ? path.join(PROJECT_ROOT, 'dist/web') : options.webDir;
    const keyFile =
      options.encryptionKeyFile ??
      path.join(options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-keys-')), 'encryption-keys.json');
    const { ring: keyring, created } = openKeyring(keyFile, new Date());
    const persistent = Boolean(options.encryptionKeyFile ?? options.dataDir);
    if (created && persistent) options.logger?.warn(`Nieuwe versleutelingssleutel aangemaakt in ${keyFile}: maak er een aparte back-up van.`);
    // Columns encrypted in a later version (TOTP secrets, "forwarded to") may still hold plain text
    // from before: sealed here, before the first request (docs/decisions/0005-authentication.md).
    const sealed = await sealPlaintextColumns(database.db, keyring);
    if (sealed > 0) options.logger?.info({ sealed }, 'onversleutelde waarden uit een eerdere versie versleuteld');
    mailer = createMailer({ smtpUrl: options.smtpUrl, from: options.mailFrom ?? 'Signaalroute <noreply@localhost>' });
    const services = createServices({
      database,
      content,
      contentFiles: loaded.value,
      mode,
      keyring,
      mailer,
      publicUrl: options.publicUrl ?? null,
      sessionIdleMinutes: options.sessionIdleMinutes,
      sessionAbsoluteHours: options.sessionAbsoluteHours,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.registers ? { registers: options.registers } : {}),
    });
    // The published region packs are served, not the files alone (ADR 28); the municipality list follows them.
    await startPublishedContent(services);
    publications = options.databaseUrl ? await followPublications(services, options.databaseUrl) : undefined;
    // Search keys of register surnames imported before they existed (docs/decisions/0015).
    const rebuilt = await rebuildMissingSurnameKeys(services);
    if (rebuilt.length > 0) options.logger?.info({ municipalities: rebuilt.length }, 'zoeksleutels van achternamen opgebouwd');
    // And of the words of KVK names imported before they existed (docs/decisions/0016).
    if (await rebuildMissingOrganisationWords(services)) options.logger?.info('zoeksleutels van namen van organisaties opgebouwd');
    const app = await buildApp(services, {
      logger: options.logger,
      webDir: webDir && fs.existsSync(path.join(webDir, 'index.html')) ? webDir : undefined,
      rateLimitPerMinute: options.rateLimitPerMinute,
      maxRequestsInFlight: options.maxRequestsInFlight,
      trustProxy: options.trustProxy,
      metricsToken: options.metricsToken,
    });
    const host = options.host ?? '127.0.0.1';
    await app.listen({ port: options.port ?? 0, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    const url = `http://${shownHost}:${port}`;
    // Links in e-mails sent by jobs need an address even without PUBLIC_URL: the one listened on.
    services.listenUrl = url;
    // No default passwords: an empty installation prints a one-time link for the first beheerder.
    const setup = await prepareFirstUse(database.db, { publicUrl: options.publicUrl ?? url });
    if (setup) {
      if (options.logger) options.logger.warn(setup.line);
      else console.log(setup.line);
    }
    const reminderInterval = options.reminderIntervalSeconds ?? 300;
    const retentionInterval = options.retentionIntervalSeconds ?? 86_400;
    const staleContactsInterval = options.staleContactsIntervalSeconds ?? 86_400;
    jobs = await startJobRunner(services, {
      jobs: [reminderScanJob, reminderJob, registerImportJob, retentionJob, staleContactsJob],
      schedules: [
        ...(reminderInterval > 0 ? [reminderSchedule(reminderInterval)] : []),
        ...(retentionInterval > 0 ? [retentionSchedule(retentionInterval)] : []),
        ...(staleContactsInterval > 0 ? [staleContactsSchedule(staleContactsInterval)] : []),
      ],
    });
    services.jobs = jobs;
    const runner = jobs;
    return {
      url,
      setupLink: setup?.link ?? null,
      databaseKind: database.kind,
      contentVersion: services.content.version,
      // In this order: no new requests (and none that queue a job), then the jobs, then the
      // database they all use. main.ts exits anyway when this takes longer than stop-signals.ts allows.
      close: async () => {
        await app.close();
        await publications?.stop();
        await runner.stop();
        mailer?.close();
        await database.close();
      },
    };
  } catch (error) {
    await publications?.stop();
    await jobs?.stop();
    mailer?.close();
    await database.close();
    throw error;
  }
}
