import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { spawnBenchServer } from './spawn-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';

/**
 * Gzipped JavaScript a browser actually loads for the wizard's first page: every script response
 * while opening /routekaart/den-haag-persoon with a municipality chosen, each gzipped at level 9.
 */
export async function benchBundleSize(): Promise<void> {
  const server = await spawnBenchServer();
  const { url } = server;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const scripts: { url: string; raw: number; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response.body().then((body) => {
          scripts.push({ url: new URL(response.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
        }),
      );
    });
    await page.goto(`${url}/routekaart/den-haag-persoon`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    console.log('\nJavaScript of the wizard’s first page (/routekaart/den-haag-persoon)');
    console.table(scripts.map((s) => ({ file: s.url, 'raw KB': (s.raw / 1024).toFixed(1), 'gzip KB': (s.gzip / 1024).toFixed(1) })));
    console.log(`total gzipped JavaScript: ${(total / 1024).toFixed(1)} KB (goal ≤ 150 KB)`);
  } finally {
    await browser.close();
    server.stop();
  }
}
