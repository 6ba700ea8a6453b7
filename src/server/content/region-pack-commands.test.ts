import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { RegionPack } from '../../domain/content/region-pack-schema';
import { runCli } from '../cli/run-cli';
import { regionPackOf } from '../../domain/content/region-pack';
import { loadContent } from './load-content';
import { packYaml } from './pack-yaml';

const env = { CONTENT_DIR: path.resolve(import.meta.dirname, '../../../content') };
let dir: string;
let exported: string;

async function cli(...argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, env, { log: (l) => lines.push(l), error: (l) => lines.push(`ERROR ${l}`) });
  return { code, output: lines.join('\n') };
}

/** Writes the exported Den Haag pack with one thing changed, checks it, and returns the outcome. */
async function checkChanged(name: string, change: (pack: RegionPack) => void) {
  const pack = parse(await readFile(exported, 'utf8')) as RegionPack;
  change(pack);
  const file = path.join(dir, name);
  await writeFile(file, stringify(pack));
  return { ...(await cli('content', 'check', file)), lines: (await readFile(file, 'utf8')).split('\n') };
}

/** The line the message names, e.g. "(regel 12)", as it is in the file. */
function namedLine(output: string, lines: string[]): string {
  const match = /\(regel (\d+)\)/.exec(output);
  expect(match, output).not.toBeNull();
  return lines[Number(match![1]) - 1]!;
}

const persoon = (pack: RegionPack) => pack.routemaps.find((m) => m.id === 'den-haag-persoon')!;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'signaalroute-pack-'));
  exported = path.join(dir, 'eenheid-den-haag.yaml');
  // As `content export` writes it (from the database: src/server/content/region-pack-cli.db.test.ts).
  await writeFile(exported, packYaml(regionPackOf((await loadContent(env.CONTENT_DIR)).files, 'eenheid-den-haag')!, 'uit de release', 'http://localhost'));
});

describe('signaalroute content check', () => {
  it('checks an exported pack clean, as YAML and as JSON', async () => {
    expect(await cli('content', 'check', exported)).toEqual({ code: 0, output: 'Regiopakket in orde: regio eenheid-den-haag, 2 routekaarten, 8 partners, 27 gemeenten.' });
    const file = path.join(dir, 'landelijk.json');
    await writeFile(file, JSON.stringify(regionPackOf((await loadContent(env.CONTENT_DIR)).files, 'landelijk')));
    expect((await cli('content', 'check', file)).code).toBe(0);
  });

  it('refuses an outcome with an unknown partner contact, naming the map, the node and its line', async () => {
    const { code, output, lines } = await checkChanged('onbekend-contact.yaml', (pack) => {
      const outcome = persoon(pack).nodes.find((n) => n.id === 'bel-112')!;
      if (outcome.type === 'outcome') outcome.contacts.push('bestaat-niet');
    });
    expect(code).toBe(1);
    expect(output).toContain('routemaps › den-haag-persoon › bel-112: uitkomst "bel-112": onbekend contact "bestaat-niet"');
    expect(namedLine(output, lines)).toContain('id: bel-112');
  });

  it('refuses an unreachable node', async () => {
    const { code, output, lines } = await checkChanged('onbereikbaar.yaml', (pack) => {
      persoon(pack).nodes.push({ id: 'vergeten', type: 'outcome', title: 'Vergeten', text: 'Hier komt niemand', contacts: [] });
    });
    expect(code).toBe(1);
    expect(output).toContain('routemaps › den-haag-persoon › vergeten: uitkomst "vergeten" is vanaf de startstap "acuut-gevaar" niet bereikbaar');
    expect(namedLine(output, lines)).toContain('id: vergeten');
  });

  it('refuses a malformed phone number, naming the partner, the contact and the field', async () => {
    const { code, output, lines } = await checkChanged('telefoon.yaml', (pack) => {
      pack.partners[0]!.contacts[0]!.phone = '070-12';
    });
    expect(code).toBe(1);
    expect(output).toMatch(/partners › [a-z-]+ › [a-z0-9-]+: veld "phone": ongeldig telefoonnummer/);
    expect(namedLine(output, lines)).toContain('phone: 070-12');
  });

  it('refuses a map without the 112 outcome first', async () => {
    const { code, output } = await checkChanged('zonder-112.yaml', (pack) => {
      const map = persoon(pack);
      map.nodes = map.nodes.filter((n) => n.id !== 'bel-112');
    });
    expect(code).toBe(1);
    expect(output).toContain('routemaps › den-haag-persoon › acuut-gevaar: vraag "acuut-gevaar": optie "yes" verwijst naar onbekende stap "bel-112"');
  });

  it('accepts the example of docs/region-pack.md, and names its mistakes as the page shows', async () => {
    const page = await readFile(path.resolve(import.meta.dirname, '../../../docs/region-pack.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(page)![1]!;
    const file = path.join(dir, 'walcheren.yaml');
    await writeFile(file, example);
    expect(await cli('content', 'check', file)).toEqual({ code: 0, output: 'Regiopakket in orde: regio walcheren, 1 routekaart, 1 partner, 2 gemeenten.' });

    await writeFile(file, example.replace('contacts: [zorgcoordinator-walcheren]', 'contacts: [zorgcoordinator-walchern]').replace('[alarmnummer-112, politie]', '[alarmnummer-112]'));
    const { code, output } = await cli('content', 'check', file);
    expect(code).toBe(1);
    const documented = /```\n(Regiopakket walcheren\.yaml is ongeldig[\s\S]*?)```/.exec(page)![1]!.trim().split('\n');
    expect(output.replaceAll(file, 'walcheren.yaml').split('\n')).toEqual(documented.map((line, i) => (i === 0 ? `ERROR ${line}` : line)));
  });

  it('still checks a content folder', async () => {
    expect(await cli('content', 'check', env.CONTENT_DIR)).toMatchObject({ code: 0, output: expect.stringContaining('Inhoud in orde') });
  });
});
