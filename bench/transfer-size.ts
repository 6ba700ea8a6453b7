import { chromium, type Page } from 'playwright-core';
import { spawnBenchServer } from './spawn-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';

/** The pages whose first load the issue budgets: the start page and the wizard's first page. */
const PAGES = ['/', '/routekaart/den-haag-persoon'];
const BUDGET_KB = 150;

interface Transfer {
  path: string;
  kind: string;
  status: number;
  encoding: string;
  /** Bytes on the wire as Chromium counts them (DevTools' "Transferred"): headers plus encoded body. */
  bytes: number;
}

/**
 * What Chromium really receives for each page: the encoded bytes of every response (CDP
 * Network.loadingFinished), first with an empty cache, then on a reload with the cache warm.
 */
export async function benchTransferSize(): Promise<void> {
  const server = await spawnBenchServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }).catch((error: unknown) => {
    server.stop();
    throw error;
  });
  try {
    const summary: Record<string, string | number>[] = [];
    const coldFiles: Transfer[] = [];
    for (const pagePath of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cold = await transfers(page, () => page.goto(server.url + pagePath).then(() => settled(page)));
      const warm = await transfers(page, () => page.reload().then(() => settled(page)));
      await context.close();
      summary.push(totals(pagePath, 'first load', cold), totals(pagePath, 'reload', warm));
      coldFiles.push(...cold.filter((t) => !coldFiles.some((c) => c.path === t.path)));
    }
    console.log(`\nBytes Chromium receives (headers + encoded body; Accept-Encoding as the browser sends it)`);
    console.table(summary);
    console.log('Files of the first loads (each once), largest first');
    console.table(
      coldFiles
        .sort((a, b) => b.bytes - a.bytes)
        .map((t) => ({ file: t.path, kind: t.kind, status: t.status, encoding: t.encoding, KB: kb(t.bytes) })),
    );
    const worst = Math.max(...summary.map((s) => Number(s['JS+CSS KB'])));
    console.log(`largest JS+CSS of a first load: ${worst.toFixed(1)} KB (goal ≤ ${BUDGET_KB} KB)`);
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * Until the page shows its content in its fonts and the network is quiet: 'networkidle' alone can
 * come while the scripts are still being parsed, before the app has asked for its data.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('.sr-loading') && document.fonts.status === 'loaded');
  await page.waitForLoadState('networkidle');
}

/** Every response Chromium finishes loading while `navigate` runs, with its encoded size. */
async function transfers(page: Page, navigate: () => Promise<unknown>): Promise<Transfer[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const started = new Map<string, Omit<Transfer, 'bytes'>>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    started.set(requestId, {
      path: new URL(response.url).pathname,
      kind: KINDS[type] ?? type.toLowerCase(),
      status: response.status,
      encoding: headers['content-encoding'] ?? (response.status === 304 ? '(304)' : 'identity'),
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = started.get(requestId);
    if (response) done.push({ ...response, bytes: encodedDataLength });
  });
  await navigate();
  await cdp.detach();
  return done;
}

const KINDS: Record<string, string> = { Script: 'script', Stylesheet: 'css', Document: 'document', Font: 'font', Fetch: 'api', XHR: 'api' };

function totals(pagePath: string, load: string, list: Transfer[]): Record<string, string | number> {
  const sum = (...kinds: string[]) => list.filter((t) => kinds.includes(t.kind)).reduce((s, t) => s + t.bytes, 0);
  return {
    page: pagePath,
    load,
    'JS KB': kb(sum('script')),
    'CSS KB': kb(sum('css')),
    'JS+CSS KB': kb(sum('script', 'css')),
    'HTML KB': kb(sum('document')),
    'fonts KB': kb(sum('font')),
    'API KB': kb(sum('api')),
    requests: list.length,
  };
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
