import fs from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { withScratchDatabase } from './scratch-database';
import { runCli } from '../src/server/cli/run-cli';

/**
 * `npm run bench:registers [rows] [postgres|pglite]`: writes N synthetic BAG addresses in NLExtract's
 * bagadres-full format (default 1,000,000) and imports them with `signaalroute registers import
 * addresses` on a new database of the PostgreSQL server (BENCH_DATABASE_URL, dropped afterwards)
 * and on embedded PGlite, printing rows per second. Not part of npm test. Goal (issue 8): 1M rows
 * in at most 60 s on the PostgreSQL server.
 */
const rows = Number(process.argv[2] ?? 1_000_000);
const only = process.argv[3];
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianastraat', 'Wilhelminastraat', 'Beatrixlaan', 'Burg. de Monchyplein', 'Prins Hendrikkade', 'Breestraat', 'Hoofdstraat', 'Nieuwe Binnenweg', "'s-Gravendijkwal", 'Van der Helstlaan', 'Eikenlaan', 'Lindenlaan', 'Parallelweg', 'Marktplein', 'Oranjestraat'];
const PLACES: ReadonlyArray<readonly [place: string, municipality: string, province: string, code: string]> = [
  ['Amsterdam', 'Amsterdam', 'Noord-Holland', '0363'],
  ['Rotterdam', 'Rotterdam', 'Zuid-Holland', '0599'],
  ["'s-Gravenhage", "'s-Gravenhage", 'Zuid-Holland', '0518'],
  ['Leiden', 'Leiden', 'Zuid-Holland', '0546'],
  ['Utrecht', 'Utrecht', 'Utrecht', '0344'],
  ['Nederweert-Eind', 'Nederweert', 'Limburg', '0946'],
  ['Groningen', 'Groningen', 'Groningen', '0014'],
];
const LETTERS = 'ABCDEFGHJKLMNPRTVWXZ';
const HEADER =
  'openbareruimte;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats;gemeente;provincie;nummeraanduiding;verblijfsobjectgebruiksdoel;oppervlakteverblijfsobject;verblijfsobjectstatus;object_id;object_type;nevenadres;pandid;pandstatus;pandbouwjaar;x;y;lon;lat';

async function writeAddresses(file: string, n: number): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`${HEADER}\n`);
  for (let i = 0; i < n; i += 1) {
    const [place, municipality, province, code] = PLACES[i % PLACES.length]!;
    const street = STREETS[(i >> 3) % STREETS.length]!;
    const postcode = `${1000 + ((i >> 4) % 9000)}${LETTERS[(i >> 2) % LETTERS.length]}${LETTERS[(i >> 7) % LETTERS.length]}`;
    const letter = i % 7 === 0 ? 'a' : '';
    const addition = i % 11 === 0 ? 'hs' : i % 13 === 0 ? '2' : '';
    const id = `${code}20${String(i).padStart(10, '0')}`;
    const line = `${street};${1 + (i % 250)};${letter};${addition};${postcode};${place};${municipality};${province};${id};woonfunctie;${40 + (i % 120)};Verblijfsobject in gebruik;${code}01${String(i).padStart(10, '0')};VBO;f;${code}10${String(i >> 2).padStart(10, '0')};Pand in gebruik;${1900 + (i % 120)};93000;464000;4.49;52.16\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function importInto(label: string, env: Record<string, string>, file: string): Promise<void> {
  const started = performance.now();
  const code = await runCli(['registers', 'import', 'addresses', file], env, { log: (l) => console.log(`  ${label}: ${l}`), error: (l) => console.error(`  ${label}: ${l}`) });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${label}: the import failed (exit ${code})`);
  console.log(`${label}: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString('en')} rows/s (migrations and opening included)`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-registers-'));
const file = path.join(dir, 'bagadres-full.csv');
try {
  const t0 = performance.now();
  await writeAddresses(file, rows);
  console.log(`generated ${rows.toLocaleString('en')} rows (${(fs.statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  if (only !== 'pglite') {
    await withScratchDatabase(serverUrl, (url) => importInto('PostgreSQL', { DATABASE_URL: url, DATA_DIR: dir }, file));
  }
  if (only !== 'postgres') await importInto('PGlite', { DATA_DIR: path.join(dir, 'data') }, file);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
