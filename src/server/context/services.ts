import type { Content } from '../../domain/content/content';
import type { Keyring } from '../crypto/keyring';
import type { Database } from '../db/client';
import type { InstanceMode } from '../instance/instance-mode';
import { noJobQueue, type JobQueue } from '../jobs/job-queue';
import type { Mailer } from '../mail/mailer';
import { createMetrics, type Metrics } from '../observability/metrics';
import { createRegisterClients, type RegisterClients, type RegistersConfig } from '../registers/registers-config';

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
export interface Services {
  database: Database;
  content: Content;
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
}

export interface ServiceOptions {
  database: Database;
  content: Content;
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
  };
}
