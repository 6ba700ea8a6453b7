import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, parseConfig } from './config';
import { createLogger } from './logger';
import { startServer, type RunningServer, type StartOptions } from './start';
import { exitOnStopSignals } from './stop-signals';
import { prepareDemo } from './demo/prepare-demo';
import { demoCodes, demoReport } from './demo/demo-report';
import type { DemoUser } from './demo/seed-demo-users';

/** `npm start`: configuration from the environment, then the server, until SIGINT/SIGTERM (stop-signals.ts). */
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
  const logger = createLogger(config.logLevel, config.logFormat);
  // Before anything starts, so a signal during the start (building the demo takes seconds) is not lost.
  let starting: Promise<RunningServer | undefined> | undefined;
  let removeDemoData = () => {};
  exitOnStopSignals({
    stop: async () => {
      const server = await starting;
      await server?.close();
    },
    cleanUp: () => removeDemoData(),
    log: (message, error) => (error === undefined ? logger.info(message) : logger.error({ err: error }, message)),
  });
  // `npm run demo`: a throw-away database (unless DATABASE_URL names an empty one) with demo users.
  const demo = process.argv.includes('--demo');
  let dataDir = config.dataDir;
  if (demo && !config.databaseUrl) {
    const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-demo-'));
    dataDir = temporary;
    removeDemoData = () => fs.rmSync(temporary, { recursive: true, force: true });
  }
  const serverOptions: StartOptions = {
    mode: demo ? 'demo' : 'production',
    port: config.port,
    host: config.host,
    dataDir,
    databaseUrl: config.databaseUrl,
    pgliteSharedBuffers: config.pgliteSharedBuffers,
    pgliteThread: config.pgliteThread,
    contentDir: config.contentDir,
    logger,
    rateLimitPerMinute: config.rateLimitPerMinute,
    maxRequestsInFlight: config.maxRequestsInFlight,
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
  };
  const { databaseUrl, contentDir } = config;
  const started = (async () => {
    const users = demo ? await prepareDemo({ dataDir, databaseUrl, contentDir }) : null;
    return { users, server: await startServer(serverOptions) };
  })();
  // A start that fails is reported below; a stop during it then has nothing to close.
  starting = started.then(
    ({ server }) => server,
    () => undefined,
  );
  const { users: demoUsers, server } = await started;
  logger.info(
    { database: server.databaseKind, contentVersion: server.contentVersion },
    `Signaalroute draait op ${server.url} (database: ${server.databaseKind})`,
  );
  if (demoUsers) showDemo(config.publicUrl, demoUsers);
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
