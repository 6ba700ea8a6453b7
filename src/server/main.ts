import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ConfigError, parseConfig } from './config';
import { logDestination, loggerOptions } from './logger';
import { startServer } from './start';
import { prepareDemo } from './demo/prepare-demo';
import { demoCodes, demoReport } from './demo/demo-report';
import type { DemoUser } from './demo/seed-demo-users';

/** `npm start`: configuration from the environment, then the server, until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = pino(loggerOptions(config.logLevel), logDestination(config.logFormat));
  // `npm run demo`: a throw-away database (unless DATABASE_URL names an empty one) with demo users.
  const demo = process.argv.includes('--demo');
  let dataDir = config.dataDir;
  let removeDemoData = () => {};
  if (demo && !config.databaseUrl) {
    const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-demo-'));
    dataDir = temporary;
    removeDemoData = () => fs.rmSync(temporary, { recursive: true, force: true });
  }
  const demoUsers = demo ? await prepareDemo({ dataDir, databaseUrl: config.databaseUrl, contentDir: config.contentDir }) : null;
  const server = await startServer({
    mode: demo ? 'demo' : 'production',
    port: config.port,
    host: config.host,
    dataDir,
    databaseUrl: config.databaseUrl,
    pgliteSharedBuffers: config.pgliteSharedBuffers,
    contentDir: config.contentDir,
    logger,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
    metricsToken: config.metricsToken,
    publicUrl: config.publicUrl,
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionAbsoluteHours: config.sessionAbsoluteHours,
    // The demo's keys live and die with its throw-away data.
    encryptionKeyFile: demo ? path.join(dataDir, 'encryption-keys.json') : config.encryptionKeyFile,
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    reminderIntervalSeconds: config.reminderIntervalSeconds,
    retentionIntervalSeconds: config.retentionIntervalSeconds,
    registers: config.registers,
  });
  logger.info(
    { database: server.databaseKind, contentVersion: server.contentVersion },
    `Signaalroute draait op ${server.url} (database: ${server.databaseKind})`,
  );
  if (demoUsers) showDemo(config.publicUrl, demoUsers);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info(`Signaalroute stopt (${signal})`);
      server.close().then(
        () => {
          removeDemoData();
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'stoppen mislukt');
          process.exit(1);
        },
      );
    });
  }
}

function showDemo(url: string, demo: { password: string; users: DemoUser[] }): void {
  console.log(demoReport(url, demo.password, demo.users));
  // Enter prints the current codes, so the roles with a second factor can be tried without an app.
  if (process.stdin.isTTY) process.stdin.on('data', () => console.log(demoCodes(demo.users, new Date())));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
