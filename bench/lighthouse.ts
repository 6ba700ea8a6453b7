import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { freePort, killServer } from '../src/server/test-support/built-server';
import { PROJECT_ROOT } from '../src/server/start';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';

/**
 * `npm run bench:lighthouse` (issue 12: Lighthouse mobile ≥ 95 on the first page and a route map).
 * Builds nothing: run `npm run build` first. Starts the built server on a free port with an empty
 * embedded database in a temporary folder, runs Lighthouse's performance category on Debian's
 * Chromium (headless, never a downloaded browser) for each page and preset LIGHTHOUSE_RUNS times
 * (3), and prints the medians. Byte counts are Chromium's own (Lighthouse's network records):
 * "transferred" is headers plus the encoded body as the browser received it, "decoded" the body
 * after decompression. LIGHTHOUSE_JSON=folder also keeps every report; LIGHTHOUSE_WEB=folder
 * serves another build of the front end (e.g. a copy of an older dist/web) with today's server.
 */
const PAGES = ['/', '/routekaart/den-haag-persoon'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PRESETS: { name: string; config: Config | undefined }[] = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

interface Figures {
  score: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  cssTransferred: number;
  cssDecoded: number;
  jsTransferred: number;
  jsDecoded: number;
  fontTransferred: number;
  unusedCss: number;
  unusedJs: number;
}

function figures(lhr: Result): Figures {
  const audit = (id: string) => lhr.audits[id]!;
  const requests = (audit('network-requests').details as { items: { resourceType?: string; transferSize?: number; resourceSize?: number }[] }).items;
  const sum = (type: string, field: 'transferSize' | 'resourceSize') => requests.filter((r) => r.resourceType === type).reduce((s, r) => s + (r[field] ?? 0), 0);
  const savings = (id: string) => (audit(id).details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes ?? 0;
  return {
    score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
    lcpMs: audit('largest-contentful-paint').numericValue ?? NaN,
    cls: audit('cumulative-layout-shift').numericValue ?? NaN,
    tbtMs: audit('total-blocking-time').numericValue ?? NaN,
    fcpMs: audit('first-contentful-paint').numericValue ?? NaN,
    cssTransferred: sum('Stylesheet', 'transferSize'),
    cssDecoded: sum('Stylesheet', 'resourceSize'),
    jsTransferred: sum('Script', 'transferSize'),
    jsDecoded: sum('Script', 'resourceSize'),
    fontTransferred: sum('Font', 'transferSize'),
    unusedCss: savings('unused-css-rules'),
    unusedJs: savings('unused-javascript'),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

/** The audits costing the most in a report, for knowing where to look next. */
function opportunities(lhr: Result): string {
  return Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && (a.metricSavings?.LCP || a.metricSavings?.FCP || a.metricSavings?.CLS || a.metricSavings?.TBT))
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
    .join(', ');
}

/**
 * One Lighthouse run. Headless Chromium now and then reports no paint at all (NO_FCP) on a busy
 * machine; such a run is repeated (twice at most), and said so, rather than counted.
 */
async function audit(url: string, config: Config | undefined, attempt = 1): Promise<Result> {
  // A browser of its own for every run: nothing left over from the run before.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const result = await lighthouse(url, flags, config).finally(() => chrome.kill());
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const error = result.lhr.runtimeError;
  if (!error) return result.lhr;
  if (attempt > 2) throw new Error(`${url}: ${error.message}`);
  console.log(`  (${url}: ${error.code}, run repeated)`);
  return audit(url, config, attempt + 1);
}

/**
 * The built server and front end, copied to `scratch`: a build started meanwhile (another
 * terminal) empties dist/ and renames every asset, which would fail the runs after it.
 * The server finds content/ and node_modules/ beside dist/ (PROJECT_ROOT), so those are linked.
 */
function snapshotBuild(scratch: string, webDir: string): string {
  const root = path.join(scratch, 'root');
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error(`no build in ${webDir}: run npm run build first`);
  fs.cpSync(path.join(PROJECT_ROOT, 'dist/server'), path.join(root, 'dist/server'), { recursive: true });
  fs.cpSync(webDir, path.join(root, 'dist/web'), { recursive: true });
  for (const linked of ['node_modules', 'content', 'package.json']) fs.symlinkSync(path.join(PROJECT_ROOT, linked), path.join(root, linked));
  return root;
}

/** Starts the snapshot's server on a free port with an empty embedded database; resolves once /api/v1/health answers. */
async function startServer(root: string, dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'dist/server/main.js')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', REMINDER_INTERVAL_SECONDS: '0', RETENTION_INTERVAL_SECONDS: '0', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  while (!(await fetch(`${url}/api/v1/health`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} on start`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, url };
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-lighthouse-'));
const server = await startServer(snapshotBuild(scratch, path.resolve(process.env.LIGHTHOUSE_WEB ?? path.join(PROJECT_ROOT, 'dist/web'))), path.join(scratch, 'data')).catch(
  (error: unknown) => {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw error;
  },
);
const keep = process.env.LIGHTHOUSE_JSON;
if (keep) fs.mkdirSync(keep, { recursive: true });
try {
  console.log(`Lighthouse on ${CHROMIUM_PATH}, ${RUNS} runs per page and preset; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const rows: Record<string, string | number>[] = [];
  for (const preset of PRESETS) {
    for (const page of PAGES) {
      const runs: Figures[] = [];
      let last: Result | undefined;
      for (let i = 0; i < RUNS; i++) {
        const lhr = await audit(server.url + page, preset.config);
        runs.push(figures(lhr));
        last = lhr;
        if (keep) fs.writeFileSync(path.join(keep, `${preset.name}${page.replaceAll('/', '_')}-${i}.json`), JSON.stringify(lhr));
      }
      const m = (key: keyof Figures) => median(runs.map((r) => r[key]));
      rows.push({
        preset: preset.name,
        page,
        score: m('score'),
        scores: runs.map((r) => r.score).join('/'),
        'FCP ms': Math.round(m('fcpMs')),
        'LCP ms': Math.round(m('lcpMs')),
        CLS: Number(m('cls').toFixed(3)),
        'TBT ms': Math.round(m('tbtMs')),
        'CSS KB sent': kb(m('cssTransferred')),
        'CSS KB decoded': kb(m('cssDecoded')),
        'JS KB sent': kb(m('jsTransferred')),
        'JS KB decoded': kb(m('jsDecoded')),
        'fonts KB sent': kb(m('fontTransferred')),
        'unused CSS KB': kb(m('unusedCss')),
        'unused JS KB': kb(m('unusedJs')),
      });
      if (last) console.log(`${preset.name} ${page}: costs most: ${opportunities(last) || '(nothing flagged)'}`);
    }
  }
  console.log(`\nMedians of ${RUNS} runs (Lighthouse's simulated throttling; sent = as Chromium received it); load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.table(rows);
} finally {
  await killServer(server.child, 'SIGTERM');
  fs.rmSync(scratch, { recursive: true, force: true });
}
