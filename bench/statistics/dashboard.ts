import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadContent } from '../../src/server/content/load-content';
import { syncContent } from '../../src/server/content/sync-content';
import { openDatabase, type Database } from '../../src/server/db/client';
import { buildIfStale, killServer, startBuiltServer } from '../../src/server/test-support/built-server';
import { loginAs } from '../../src/server/test-support/login-as';
import { createScratchDatabase } from '../../src/server/test-support/scratch-database';
import { CONTENT_DIR } from '../../src/server/test-support/test-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import { seedSignalHistory } from './seed-signals';

/**
 * Issue 11: the dashboard of a municipality with 100,000 signals (STATISTICS_SIGNALS) in the last
 * year renders in under 1 s on the PostgreSQL server. Measured from outside: the built server in its
 * own process; the API answer timed from this process, and the page in Chromium from navigation
 * start until every table and the lead times are on screen. STATISTICS_DB=pglite|postgres|both.
 */
const SIGNALS = Number(process.env.STATISTICS_SIGNALS ?? 100_000);
const ROUNDS = Number(process.env.STATISTICS_ROUNDS ?? 7);
const MUNICIPALITY = 'GM0546';
const serverUrl = process.env.STATISTICS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;

async function measure(label: string, env: Record<string, string>, open: () => Promise<Database>): Promise<void> {
  const database = await open();
  let cookie: string;
  const seeding = performance.now();
  try {
    await syncContent(database.db, (await loadContent(CONTENT_DIR)).content);
    const af = await loginAs(database.db, { municipality: MUNICIPALITY, roles: ['aandachtsfunctionaris'] });
    cookie = af.cookie;
    await seedSignalHistory(database.db, { municipality: MUNICIPALITY, reporterUserId: af.userId, count: SIGNALS, now: new Date() });
  } finally {
    await database.close();
  }
  console.log(`\n${label}: ${SIGNALS.toLocaleString('en')} signals with their history seeded in ${ms(performance.now() - seeding)}`);

  const server = await startBuiltServer(env);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const api: number[] = [];
    let bytes = 0;
    for (let round = 0; round <= ROUNDS; round++) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/v1/statistics`, { headers: { cookie, 'accept-encoding': 'gzip' } });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`statistics answered ${res.status}`);
      // The first round warms the server's caches and the database's; it is not counted.
      if (round > 0) api.push(performance.now() - started);
      bytes = Number(res.headers.get('content-length') ?? body.byteLength);
    }
    const [name, value] = cookie.split('=') as [string, string];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    const rendered: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      await page.goto(`${server.url}/cijfers`);
      // Every count table and the lead times' table are on screen.
      await page
        .waitForFunction(() => document.querySelectorAll('.sr-figure-section table').length >= 8 && document.querySelectorAll('main table').length >= 9, null, {
          polling: 'raf',
          timeout: 60_000,
        })
        .catch(async (error: Error) => {
          throw new Error(`${error.message}; the page shows: ${(await page.locator('main').innerText()).slice(0, 500)}`);
        });
      const sinceNavigation = await page.evaluate(() => performance.now());
      if (round > 0) rendered.push(sinceNavigation);
    }
    await context.close();
    console.table({
      'API /api/v1/statistics': { median: ms(median(api)), worst: ms(Math.max(...api)), 'bytes (as sent)': bytes },
      'page /cijfers in Chromium, navigation to every table': { median: ms(median(rendered)), worst: ms(Math.max(...rendered)), 'bytes (as sent)': '' },
    });
    console.log(`goal: the dashboard renders in under 1 s (${ROUNDS} rounds after one warm-up each)`);
  } finally {
    await browser.close();
    await killServer(server.child, 'SIGTERM');
  }
}

async function onServer(): Promise<void> {
  const scratch = await createScratchDatabase(serverUrl, 'statistics');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-statistics-keys-'));
  try {
    await measure('PostgreSQL server', { DATABASE_URL: scratch.url, DATA_DIR: dataDir }, () => openDatabase({ databaseUrl: scratch.url, dataDir: null }));
  } finally {
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPglite(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-statistics-'));
  try {
    await measure('PGlite (data folder)', { DATA_DIR: dataDir }, () => openDatabase({ dataDir }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `npm run bench:statistics`, and part of `npm run bench`. */
export async function benchDashboard(): Promise<void> {
  buildIfStale();
  const which = process.env.STATISTICS_DB ?? 'postgres';
  if (which !== 'pglite') await onServer();
  if (which !== 'postgres') await onPglite();
}
