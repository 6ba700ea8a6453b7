import type { Content } from '../../domain/content/content';
import type { ContentFiles } from '../../domain/content/content-files';
import type { Keyring } from '../crypto/keyring';
import type { Database } from '../db/client';
import type { InstanceMode } from '../instance/instance-mode';
import { noJobQueue, type JobQueue } from '../jobs/job-queue';
import type { Mailer } from '../mail/mailer';
import { createMetrics, type Metrics } from '../observability/metrics';
import { createRegisterClients, type RegisterClients, type RegistersConfig } from '../registers/registers-config';
import { SignalSubjectsCache } from '../matching/signal-subjects-cache';

/** Where log lines go. Never personal data: ids and error codes only. */
export interface Logger {
  info(object: object, message?: string): void;
  warn(object: object | string, message?: string): void;
  error(object: object, message?: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** How long sessions last (SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS). */
export interface SessionSettings {
  idleMs: number;
  absoluteMs: number;
}

/**
 * The dependencies every command works with, built once: by the server at start, by the CLI, by a
 * job runner, by a test. Passed around as a whole, so no module keeps its own bag of them.
 */
/** Where the served content comes from (ADR 28): the release's files and the published region packs. */
export interface ContentSource {
  /** The release's content files (content/): the initial content and the base of every pack. */
  files: ContentFiles;
  /** SHA-256 of those files. */
  version: string;
  /** The published pack versions `content` was built from (`region:version`, sorted); '' for the files alone. */
  packs: string;
  /** The files `content` was built from: the release's with the published packs in them. */
  served: ContentFiles;
}

export interface Services {
  database: Database;
  /** What is served now; replaced as a whole when a region publishes (src/server/content/live-content.ts). */
  content: Content;
  /** Null: the content is the files alone and cannot be published to (a test's own content). */
  contentSource: ContentSource | null;
  /** Keys for personal data at rest (reporter, free text, sealed audit details). */
  keyring: Keyring;
  mailer: Mailer;
  /** A demo installation says so on every page. */
  mode: InstanceMode;
  /** The clock; tests pass their own to reach due dates without waiting. */
  clock: () => Date;
  /** PUBLIC_URL without a trailing slash; null: links use the address the request came in on. */
  publicUrl: string | null;
  /** Without PUBLIC_URL, the address the server listens on: for links in e-mails sent by jobs. */
  listenUrl: string | null;
  sessions: SessionSettings;
  logger: Logger;
  /** Background work; a process that runs no job runner (the CLI, most tests) cannot queue any. */
  jobs: JobQueue;
  /** Live look-ups in the BAG and the KVK; each says `not-configured` without its URL and key. */
  registers: RegisterClients;
  /** Prometheus metrics (served at /metrics with METRICS_TOKEN). */
  metrics: Metrics;
  /** The decrypted subjects of earlier signals, for matching (ADR 34). */
  signalSubjects: SignalSubjectsCache;
}

export interface ServiceOptions {
  database: Database;
  content: Content;
  /** The release's files the content was loaded from: region packs are published on top of them. */
  contentFiles?: { files: ContentFiles; version: string };
  keyring: Keyring;
  mailer: Mailer;
  mode?: InstanceMode;
  clock?: () => Date;
  publicUrl?: string | null;
  sessionIdleMinutes?: number;
  sessionAbsoluteHours?: number;
  logger?: Logger;
  registers?: RegistersConfig;
}

const NO_REGISTERS: RegistersConfig = { bag: { baseUrl: undefined, apiKey: undefined }, kvk: { baseUrl: undefined, apiKey: undefined }, timeoutMs: 3000 };

const MINUTE = 60_000;

/** Services with the defaults of the configuration (README): 30 minutes idle, 12 hours absolute. */
export function createServices(options: ServiceOptions): Services {
  return {
    database: options.database,
    content: options.content,
    contentSource: options.contentFiles ? { ...options.contentFiles, packs: '', served: options.contentFiles.files } : null,
    keyring: options.keyring,
    mailer: options.mailer,
    mode: options.mode ?? 'production',
    clock: options.clock ?? (() => new Date()),
    publicUrl: options.publicUrl ? options.publicUrl.replace(/\/+$/, '') : null,
    listenUrl: null,
    sessions: {
      idleMs: (options.sessionIdleMinutes ?? 30) * MINUTE,
      absoluteMs: (options.sessionAbsoluteHours ?? 12) * 60 * MINUTE,
    },
    logger: options.logger ?? silentLogger,
    jobs: noJobQueue,
    registers: createRegisterClients(options.registers ?? NO_REGISTERS, { logger: options.logger ?? silentLogger }),
    metrics: createMetrics(),
    signalSubjects: new SignalSubjectsCache(),
  };
}
