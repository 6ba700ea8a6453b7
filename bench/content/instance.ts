import { startServer } from '../../src/server/start';

/**
 * One instance of the real server (startServer, as `npm start` runs it) on DATABASE_URL, without
 * the built pages or jobs' schedules; prints its URL on stderr, for bench/content/publish-latency.ts.
 */
const server = await startServer({ databaseUrl: process.env.DATABASE_URL, port: 0, webDir: null, rateLimitPerMinute: 1_000_000, reminderIntervalSeconds: 0, retentionIntervalSeconds: 0 });
console.error(`LISTENING ${server.url}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
