import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fuse from 'fuse.js';
import pg from 'pg';
import { withScratchDatabase } from '../scratch-database';
import { normaliseName } from '../../src/domain/matching';
import { systemContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { openDatabase, type Database } from '../../src/server/db/client';
import { importAddresses } from '../../src/server/registers/import/import-addresses';
import { importOrganisations } from '../../src/server/registers/import/import-organisations';
import { importPersons } from '../../src/server/registers/import/import-persons';
import type { ImportOutcome } from '../../src/server/registers/import/run-import';
import { PROJECT_ROOT } from '../../src/server/start';
import { loginAs } from '../../src/server/test-support/login-as';
import { spawnBenchServer } from '../spawn-server';
import { openBenchServices } from './bench-services';
import { generate, KINDS, type Dataset, type Kind, type LabelledQuery, writeCsvs } from './generate';

/**
 * `npm run bench:matching [persons] [queries per kind] [postgres|pglite]` (issue 8, enrichment):
 * generates N persons (default 1,000,000) in GM0546, N BAG addresses and N/5 KVK organisations,
 * imports them through the real import procedures, and runs labelled variant queries per kind
 * through the real `searchMatches` command as the municipality's AF, on a new database of the
 * PostgreSQL server (BENCH_DATABASE_URL, dropped afterwards) and on embedded PGlite (on disk).
 * Baselines on the same data: a raw pg_trgm `similarity` query on the server and fuse.js over
 * 100,000 persons. Latencies are measured in a process that holds none of the generated data, after every other
 * query per kind has warmed it up. Not part of npm test.
 */
const size = Number(process.argv[2] ?? 1_000_000);
const perKind = Number(process.argv[3] ?? 1000);
const only = process.argv[4];
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MUNICIPALITY = 'GM0546';
const BASELINE_QUERIES = Number(process.env.BENCH_BASELINE_QUERIES ?? 100);
const FUSE_ROWS = 100_000;
const FUSE_QUERIES = Number(process.env.BENCH_FUSE_QUERIES ?? 100);

const fmt = (n: number) => n.toLocaleString('en');
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

interface Outcome {
  query: LabelledQuery;
  ms: number;
  rank: number; // 1-based, 0 = not in the top 10
}

function summarise(outcomes: Outcome[]) {
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const answerable = outcomes.filter((o) => o.query.twins <= 10);
  return {
    n: outcomes.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    recall: outcomes.filter((o) => o.rank > 0).length / outcomes.length,
    precision: outcomes.filter((o) => o.rank === 1).length / outcomes.length,
    recallAnswerable: answerable.filter((o) => o.rank > 0).length / Math.max(1, answerable.length),
    answerable: answerable.length,
  };
}

async function timed(label: string, work: () => Promise<ImportOutcome>, rows: number): Promise<number> {
  const started = performance.now();
  const outcome = await work();
  const seconds = (performance.now() - started) / 1000;
  if (outcome.status !== 'complete') throw new Error(`${label}: import refused: ${JSON.stringify(outcome).slice(0, 500)}`);
  console.log(`  ${label}: ${fmt(rows)} rows in ${seconds.toFixed(1)} s (${fmt(Math.round(rows / seconds))} rows/s)`);
  return seconds;
}

interface DbResult {
  label: string;
  imports: Record<string, number>;
  outcomes: Outcome[];
}

async function importInto(label: string, database: Database, data: Dataset, files: { persons: string; addresses: string; organisations: string }): Promise<Record<string, number>> {
  console.log(`\n${label}`);
  const services = await openBenchServices(database);
  const imports: Record<string, number> = {};
  imports.persons = await timed('persons', () => run(systemContext(services, { name: 'cli', municipality: MUNICIPALITY }), importPersons, { source: 'Handhaving', file: fs.createReadStream(files.persons) }), data.persons.length);
  imports.addresses = await timed('addresses (BAG)', () => run(systemContext(services, { name: 'cli' }), importAddresses, { file: fs.createReadStream(files.addresses), onProgress: () => {} }), data.addresses.length);
  imports.organisations = await timed('organisations (KVK)', () => run(systemContext(services, { name: 'cli' }), importOrganisations, { file: fs.createReadStream(files.organisations), onProgress: () => {} }), data.organisations.length);
  // What autovacuum does in the minutes after a large import (statistics, visibility map), done now:
  // without it the first plans are blind, and autovacuum running during the queries skews them.
  const started = performance.now();
  await database.raw('vacuum analyze');
  imports.analyze = (performance.now() - started) / 1000;
  console.log(`  vacuum analyze: ${imports.analyze.toFixed(1)} s`);
  return imports;
}

/**
 * The searches through the real `searchMatches` command as the AF of the municipality (audit record
 * included), in a child process that holds none of the generated data (measure-searches.ts).
 */
function measureCommand(label: string, target: string, queries: Queries): Outcome[] {
  const out = path.join(dir, 'outcomes.json');
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, 'bench/matching/measure-searches.ts'), target, queries.file, out], { stdio: 'inherit' });
  const measured = JSON.parse(fs.readFileSync(out, 'utf8')) as Array<{ ms: number; rank: number }>;
  const outcomes = measured.map((m, i) => ({ query: queries.measured[i]!, ...m }));
  printOutcomes(`${label}: searchMatches (the command, called directly as the AF of ${MUNICIPALITY} in a process of its own; audit record included)`, outcomes);
  return outcomes;
}

/** The labelled queries: per kind, every other one warms the server up and the rest are measured. */
interface Queries {
  warmUp: LabelledQuery[];
  measured: LabelledQuery[];
  file: string;
}

function splitQueries(all: LabelledQuery[], file: string): Queries {
  const warmUp: LabelledQuery[] = [];
  const measured: LabelledQuery[] = [];
  for (const kind of KINDS) all.filter((q) => q.kind === kind).forEach((q, i) => (i % 2 ? warmUp : measured).push(q));
  fs.writeFileSync(file, JSON.stringify({ warmUp, measured }));
  return { warmUp, measured, file };
}

/**
 * The same queries as the AF's browser sends them: POST /api/v1/matching/search to the app in a
 * process of its own (bench/server.ts on this database), timed here, response parsed.
 */
async function overHttp(url: string, database: Database, queries: Queries): Promise<Outcome[]> {
  // The app in its own process serves the built pages too: build them first, as `npm run bench` does.
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  const server = await spawnBenchServer({ DATABASE_URL: url });
  try {
    const { headers } = await loginAs(database.db, { municipality: MUNICIPALITY, roles: ['aandachtsfunctionaris'] });
    const ask = async (query: LabelledQuery['query']) => {
      const response = await fetch(`${server.url}/api/v1/matching/search`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ ...query, limit: 10 }) });
      if (response.status !== 200) throw new Error(`search answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as { candidates: Array<{ source: string; id: string }> };
    };
    for (const q of queries.warmUp) await ask(q.query);
    const outcomes: Outcome[] = [];
    for (const query of queries.measured) {
      const t0 = performance.now();
      const { candidates } = await ask(query.query);
      outcomes.push({ query, ms: performance.now() - t0, rank: candidates.findIndex((c) => `${c.source}:${c.id}` === query.target) + 1 });
    }
    printOutcomes(`PostgreSQL server: POST /api/v1/matching/search over HTTP, from this process to the app in its own process (session of an AF of ${MUNICIPALITY})`, outcomes);
    return outcomes;
  } finally {
    server.stop();
  }
}

function printOutcomes(title: string, outcomes: Outcome[]): void {
  console.log(`\n${title}`);
  const rows = [['kind', 'queries', 'p50 ms', 'p95 ms', 'recall@10', 'precision@1', 'recall@10 answerable (n)']];
  for (const kind of KINDS) {
    const s = summarise(outcomes.filter((o) => o.query.kind === kind));
    rows.push([kind, fmt(s.n), ms(s.p50), ms(s.p95), s.recall.toFixed(3), s.precision.toFixed(3), `${s.recallAnswerable.toFixed(3)} (${s.answerable})`]);
  }
  table(rows);
  const misses = new Map<string, [number, number]>();
  for (const o of outcomes) {
    const key = `${o.query.kind}: ${o.query.variant.replace(/, dob .*/, '')}`;
    const [miss, all] = misses.get(key) ?? [0, 0];
    misses.set(key, [miss + (o.rank === 0 ? 1 : 0), all + 1]);
  }
  const worst = [...misses.entries()].filter(([, [m]]) => m > 0).sort((a, b) => b[1][0] - a[1][0]).slice(0, 12);
  if (worst.length) console.log(`  misses by variant: ${worst.map(([k, [m, a]]) => `${k} ${m}/${a}`).join('; ')}`);
}

/** The baseline the issue names: pg_trgm similarity over the whole register, no blocking, no scoring. */
async function trigramBaseline(client: pg.Client, data: Dataset): Promise<void> {
  const nameOnly = data.queries.filter((q) => q.kind === 'person name only').slice(0, BASELINE_QUERIES);
  const withDob = data.queries.filter((q) => q.kind === 'person+dob').slice(0, BASELINE_QUERIES);
  const variants: Array<[string, string, (q: LabelledQuery) => string, LabelledQuery[]]> = [
    ['surname_norm, name only', `select source_id from register_persons order by similarity(surname_norm, $1) desc limit 10`, (q) => normaliseName((q.query as { name: string }).name).surname, nameOnly],
    ['given + surname, name only', `select source_id from register_persons order by similarity(coalesce(given_norm, '') || ' ' || surname_norm, $1) desc limit 10`, fullName, nameOnly],
    ['given + surname, with dob (name only)', `select source_id from register_persons order by similarity(coalesce(given_norm, '') || ' ' || surname_norm, $1) desc limit 10`, fullName, withDob],
  ];
  const rows = [['raw pg_trgm similarity (server)', 'queries', 'p50 ms', 'p95 ms', 'recall@10', 'precision@1']];
  for (const [label, text, arg, queries] of variants) {
    const outcomes: Outcome[] = [];
    for (const query of queries) {
      const t0 = performance.now();
      const result = await client.query<{ source_id: string }>(text, [arg(query)]);
      const elapsed = performance.now() - t0;
      outcomes.push({ query, ms: elapsed, rank: result.rows.findIndex((r) => `persons:${r.source_id}` === query.target) + 1 });
    }
    const s = summarise(outcomes);
    rows.push([label, fmt(s.n), ms(s.p50), ms(s.p95), s.recall.toFixed(3), s.precision.toFixed(3)]);
  }
  table(rows);
}

function fullName(q: LabelledQuery): string {
  const n = normaliseName((q.query as { name: string }).name);
  return [n.givenNames.join(' ') || n.initials.join(' '), n.surname].filter(Boolean).join(' ');
}

/** fuse.js, in memory, over 100,000 persons (the targets of the queries and others). */
function fuseBaseline(data: Dataset): void {
  const queries = data.queries.filter((q) => q.kind === 'person name only').slice(0, FUSE_QUERIES);
  const targets = new Set(queries.map((q) => q.target.slice('persons:'.length)));
  const rows = data.persons.filter((p, i) => targets.has(p.id) || i < FUSE_ROWS - targets.size).slice(0, FUSE_ROWS);
  const docs = rows.map((p) => ({ id: p.id, name: [...p.given, p.surname.prefix, p.surname.surname].filter(Boolean).join(' ') }));
  const started = performance.now();
  const fuse = new Fuse(docs, { keys: ['name'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const indexSeconds = (performance.now() - started) / 1000;
  const outcomes: Outcome[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    const found = fuse.search((query.query as { name: string }).name, { limit: 10 });
    const elapsed = performance.now() - t0;
    outcomes.push({ query, ms: elapsed, rank: found.findIndex((f) => `persons:${f.item.id}` === query.target) + 1 });
  }
  const s = summarise(outcomes);
  table([
    ['fuse.js 7.5 (in memory)', 'rows', 'queries', 'p50 ms', 'p95 ms', 'recall@10', 'precision@1'],
    ['name only, threshold 0.4', fmt(docs.length), fmt(s.n), ms(s.p50), ms(s.p95), s.recall.toFixed(3), s.precision.toFixed(3)],
  ]);
  console.log(`  (index built in ${indexSeconds.toFixed(1)} s)`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-matching-'));
const files = { persons: path.join(dir, 'personen.csv'), addresses: path.join(dir, 'bagadres-full.csv'), organisations: path.join(dir, 'kvk.csv') };
const results: DbResult[] = [];
try {
  const t0 = performance.now();
  const data = generate({ persons: size, addresses: size, organisations: Math.round(size / 5), queries: perKind * 2 });
  await writeCsvs(data, files);
  const queries = splitQueries(data.queries, path.join(dir, 'queries.json'));
  data.queries = queries.measured;
  console.log(
    `generated ${fmt(data.persons.length)} persons (${fmt(data.distinctSurnames)} distinct surnames of ${fmt(data.generatedSurnames)} generated), ${fmt(data.addresses.length)} addresses, ${fmt(data.organisations.length)} organisations, ${fmt(data.queries.length)} labelled queries in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (process.env.BENCH_SHOW_QUERIES) for (const q of data.queries.filter((_, i) => i % 50 === 0)) console.log(`  ${q.kind} [${q.variant}] ${JSON.stringify(q.query)} -> ${q.target} (twins ${q.twins})`);

  if (only !== 'pglite') {
    await withScratchDatabase(serverUrl, async (url) => {
      const database = await openDatabase({ databaseUrl: url, dataDir: null });
      try {
        const imports = await importInto('PostgreSQL server', database, data, files);
        results.push({ label: 'PostgreSQL server', imports, outcomes: measureCommand('PostgreSQL server', url, queries) });
        results.push({ label: 'HTTP (server)', imports: {}, outcomes: await overHttp(url, database, queries) });
      } finally {
        await database.close();
      }
      console.log('\nBaselines on the same data');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await trigramBaseline(client, data);
      } finally {
        await client.end();
      }
    });
  }
  if (only !== 'postgres') fuseBaseline(data);
  if (only !== 'postgres') {
    const dataDir = path.join(dir, 'pglite');
    const database = await openDatabase({ dataDir });
    let imports: Record<string, number>;
    try {
      imports = await importInto('PGlite (on disk)', database, data, files);
    } finally {
      // The measuring process opens the same directory: one process at a time.
      await database.close();
    }
    results.push({ label: 'PGlite (on disk)', imports, outcomes: measureCommand('PGlite (on disk)', dataDir, queries) });
  }

  console.log(`\nSummary (${fmt(size)} persons, ${fmt(size)} addresses, ${fmt(Math.round(size / 5))} organisations, ${fmt(perKind)} queries per kind)`);
  const rows = [['kind', ...results.flatMap((r) => [`${r.label} p50`, 'p95', 'recall@10', 'precision@1'])]];
  for (const kind of KINDS) {
    rows.push([kind, ...results.flatMap((r) => {
      const s = summarise(r.outcomes.filter((o) => o.query.kind === (kind as Kind)));
      return [ms(s.p50), ms(s.p95), s.recall.toFixed(3), s.precision.toFixed(3)];
    })]);
  }
  rows.push(['import persons / addresses / organisations (s)', ...results.flatMap((r) => [r.imports.persons === undefined ? '' : `${r.imports.persons.toFixed(1)} / ${r.imports.addresses!.toFixed(1)} / ${r.imports.organisations!.toFixed(1)}`, '', '', ''])]);
  table(rows);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
