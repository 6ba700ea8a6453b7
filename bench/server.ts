import path from 'node:path';
import { buildApp } from '../src/server/app';
import { createServices } from '../src/server/context/services';
import { loadContent } from '../src/server/content/load-content';
import { syncContent } from '../src/server/content/sync-content';
import { openDatabase } from '../src/server/db/client';
import { createLogger } from '../src/server/logger';
import { createMailer } from '../src/server/mail/mailer';
import { testKeyring } from '../src/server/test-support/test-app';
import { PROJECT_ROOT } from '../src/server/start';

/**
 * The real app with one extra hello-world route, in its own process so the load generator does
 * not share its event loop. Prints the URL on stderr when listening.
 */
const { content } = await loadContent(path.join(PROJECT_ROOT, 'content'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: null });
await syncContent(database.db, content);
const webDir = path.join(PROJECT_ROOT, 'dist/web');
const app = await buildApp(
  createServices({ database, content, keyring: testKeyring(), mailer: createMailer({ smtpUrl: undefined, from: 'bench@localhost' }) }),
  {
    rateLimitPerMinute: 1_000_000_000,
    webDir,
    // BENCH_LOGGER=production: the logger as `npm start` configures it (info, JSON on stdout, which
    // the benchmark sends to /dev/null); otherwise none.
    ...(process.env.BENCH_LOGGER === 'production' ? { logger: createLogger('info', 'json') } : {}),
  },
);
app.get('/api/v1/bench/hello', { config: { policy: 'content.read' }, schema: { hide: true } }, async () => ({ hello: 'world' }));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
// On stderr: stdout carries the log.
console.error(`LISTENING http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
process.on('SIGTERM', () => void app.close().then(() => database.close()).then(() => process.exit(0)));
