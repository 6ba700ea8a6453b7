import path from 'node:path';
import { z } from 'zod';
import { PGLITE_SHARED_BUFFERS } from './db/client';
import { DEFAULT_MAX_REQUESTS_IN_FLIGHT } from './http/load-shedding';
import { registersConfigFrom, registersEnvSchema, type RegistersConfig } from './registers/registers-config';

/**
 * The environment, validated once at boot. A wrong variable stops the server with one clear line
 * per variable instead of failing later in a request.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Embedded PGlite keeps its files here when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** postgres://user:password@host:5432/database switches to a PostgreSQL server. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'moet beginnen met postgres:// of postgresql://')
    .optional(),
  /** Embedded PGlite's shared buffers: more keeps large registers in memory, at that cost in RSS. */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'moet een hoeveelheid zijn zoals 16MB of 1GB')
    .default(PGLITE_SHARED_BUFFERS),
  /** The embedded database in a worker thread of its own (ADR 31); `off` keeps it in the server's thread. */
  PGLITE_THREAD: z.enum(['on', 'off']).default('on'),
  CONTENT_DIR: z.string().min(1).default('./content'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute per client address on the API. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** API requests worked on at once; more are refused at once with 503 and Retry-After. */
  MAX_REQUESTS_IN_FLIGHT: z.coerce.number().int().positive().default(DEFAULT_MAX_REQUESTS_IN_FLIGHT),
  /** Behind a reverse proxy: trust its X-Forwarded-For/-Proto/-Host for the client address and https. */
  TRUST_PROXY: z.stringbool({ error: 'moet true of false zijn' }).default(false),
  /** Prometheus metrics at /metrics for a scraper that sends it as a bearer token; none without it. */
  METRICS_TOKEN: z.string().min(16, 'moet minstens 16 tekens lang zijn').optional(),
  /** json for log collectors; pretty for a person at a terminal; auto: pretty on a terminal. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /** The address users reach Signaalroute at; links and the SSO redirect address are built from it. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'moet een http(s)-adres zijn, bijvoorbeeld https://signaalroute.gemeente.nl' })
    .optional(),
  /** A session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  /** A session ends this many hours after logging in, however active. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** smtp://user:password@mail.gemeente.nl:587 (or smtps://): handovers, reminders and news for reporters. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'moet beginnen met smtp:// of smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Signaalroute <noreply@localhost>'),
  /** The keys that encrypt personal data at rest; created beside the data at first start. */
  ENCRYPTION_KEY_FILE: z.string().min(1).optional(),
  /** How often reminders for partner feedback are checked; 0 turns them off on this instance. */
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0, 'moet 0 (uit) of meer seconden zijn').default(300),
  RETENTION_INTERVAL_SECONDS: z.coerce.number().int().min(0, 'moet 0 (uit) of meer seconden zijn').default(86_400),
  // Live look-ups in the BAG and the KVK (issue 8), each optional.
  ...registersEnvSchema.shape,
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  pgliteSharedBuffers: string;
  pgliteThread: boolean;
  contentDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  rateLimitPerMinute: number;
  maxRequestsInFlight: number;
  trustProxy: boolean;
  metricsToken: string | undefined;
  logFormat: 'auto' | 'json' | 'pretty';
  /** Without a trailing slash. */
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  encryptionKeyFile: string;
  reminderIntervalSeconds: number;
  retentionIntervalSeconds: number;
  registers: RegistersConfig;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  // Empty strings come from `VAR=` in shells and .env files: treat them as unset.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    pgliteSharedBuffers: e.PGLITE_SHARED_BUFFERS,
    pgliteThread: e.PGLITE_THREAD === 'on',
    contentDir: path.resolve(cwd, e.CONTENT_DIR),
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    maxRequestsInFlight: e.MAX_REQUESTS_IN_FLIGHT,
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
    logFormat: e.LOG_FORMAT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    encryptionKeyFile: path.resolve(cwd, e.ENCRYPTION_KEY_FILE ?? path.join(e.DATA_DIR, 'encryption-keys.json')),
    reminderIntervalSeconds: e.REMINDER_INTERVAL_SECONDS,
    retentionIntervalSeconds: e.RETENTION_INTERVAL_SECONDS,
    registers: registersConfigFrom(e),
  };
}
