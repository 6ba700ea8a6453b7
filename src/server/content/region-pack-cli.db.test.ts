import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RegionPack } from '../../domain/content/region-pack-schema';
import { sql } from 'drizzle-orm';
import { runCli } from '../cli/run-cli';
import { openDatabase } from '../db/client';
import { queryRows } from '../db/tenant';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';

const CONTENT_DIR = path.resolve(import.meta.dirname, '../../../content');
let database: TestDatabase;
let dir: string;

/** The CLI opens the database itself, as an operator would; PGlite allows one opener at a time. */
async function cli(...argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { ...database.env, CONTENT_DIR }, { log: (l) => lines.push(l), error: (l) => lines.push(`ERROR ${l}`) });
  return { code, output: lines.join('\n') };
}

beforeAll(async () => {
  database = await openTestDatabase({ onDisk: true });
  if (database.kind === 'pglite') await database.close();
  dir = await mkdtemp(path.join(os.tmpdir(), 'signaalroute-pack-cli-'));
});
afterAll(async () => {
  if (database.kind === 'postgres') await database.close();
});

describe('signaalroute content export / import', () => {
  it('exports the published pack, and imports a changed one as a draft or as a new version', async () => {
    const file = path.join(dir, 'den-haag.yaml');
    const exported = await cli('content', 'export', 'eenheid-den-haag', file);
    expect(exported).toEqual({ code: 0, output: `Regiopakket van eenheid-den-haag (versie 1) geschreven naar ${file}: 2 routekaarten, 8 partners, 27 gemeenten.` });
    expect(await cli('content', 'export', 'eenheid-den-haag', file)).toMatchObject({ code: 1, output: expect.stringContaining('bestaat al') });

    const pack = parse(await readFile(file, 'utf8')) as RegionPack;
    pack.partners[0]!.name = 'Een nieuwe naam uit een bestand';
    const changed = path.join(dir, 'den-haag-2.json');
    await writeFile(changed, JSON.stringify(pack));
    expect(await cli('content', 'import', changed)).toMatchObject({ code: 0, output: expect.stringContaining('staat klaar als concept (op versie 1)') });
    expect(await cli('content', 'import', changed, '--publish')).toEqual({ code: 0, output: 'Regiopakket van eenheid-den-haag gepubliceerd als versie 2: 2 routekaarten, 8 partners, 27 gemeenten.' });

    const again = path.join(dir, 'den-haag-v2.json');
    expect((await cli('content', 'export', 'eenheid-den-haag', again)).code).toBe(0);
    expect(JSON.parse(await readFile(again, 'utf8'))).toEqual(pack);
  });

  it('refuses a pack with problems, an unknown region and a missing file name', async () => {
    const file = path.join(dir, 'rotterdam.yaml');
    expect((await cli('content', 'export', '--region', 'rotterdam-rijnmond', file)).code).toBe(0);
    const pack = parse(await readFile(file, 'utf8')) as RegionPack;
    pack.partners[0]!.contacts[0]!.phone = '010-12';
    const broken = path.join(dir, 'rotterdam-kapot.json');
    await writeFile(broken, JSON.stringify(pack));
    const refused = await cli('content', 'import', broken, '--publish');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/^ERROR Het concept heeft 1 probleem[\s\S]*partners › 0 › contacts › 0 › phone/);
    expect(await cli('content', 'export', 'atlantis')).toMatchObject({ code: 1, output: expect.stringContaining('kies uit: eenheid-den-haag, ') });
    expect(await cli('content', 'export')).toMatchObject({ code: 2 });
    expect(await cli('content', 'import')).toMatchObject({ code: 2 });
  });

  it('takes a new region live from a file, with its municipalities, without any change to the code', async () => {
    const page = await readFile(path.resolve(import.meta.dirname, '../../../docs/region-pack.md'), 'utf8');
    const file = path.join(dir, 'walcheren.yaml');
    await writeFile(file, /```yaml\n([\s\S]*?)```/.exec(page)![1]!);
    expect(await cli('content', 'import', file)).toMatchObject({ code: 1, output: expect.stringContaining('een nieuwe regio wordt in één keer gepubliceerd') });
    expect(await cli('content', 'import', file, '--publish')).toEqual({ code: 0, output: 'Regiopakket van walcheren gepubliceerd als versie 1: 1 routekaart, 1 partner, 2 gemeenten.' });
    const exported = path.join(dir, 'walcheren-v1.yaml');
    expect(await cli('content', 'export', 'walcheren', exported)).toMatchObject({ code: 0, output: expect.stringContaining('(versie 1)') });
    const opened = await openDatabase(database.kind === 'postgres' ? { databaseUrl: database.env.DATABASE_URL, dataDir: null } : { dataDir: database.env.DATA_DIR! });
    try {
      const moved = await queryRows<{ code: string; region: string }>(opened.db, sql`select code, region from municipalities where code in ('GM0687', 'GM0718') order by code`);
      expect(moved).toEqual([{ code: 'GM0687', region: 'walcheren' }, { code: 'GM0718', region: 'walcheren' }]);
    } finally {
      await opened.close();
    }
  });
});
