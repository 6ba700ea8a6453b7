import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../domain/registers/person-row';
import { openCliDatabase } from '../test-support/cli-database';
import { progressReporter } from './register-commands';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-import-'));

/** An export on disk, as the operator has it. */
function exportFile(name: string, ...rows: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, [PERSON_COLUMNS.join(','), ...rows].join('\n') + '\n');
  return file;
}

let cli: Awaited<ReturnType<typeof openCliDatabase>>['cli'];
let close: () => Promise<void>;

beforeAll(async () => {
  ({ cli, close } = await openCliDatabase());
});
afterAll(() => close());

describe('signaalroute registers import persons', () => {
  it('imports an export and says how many persons, then that a new one replaced it', async () => {
    const first = await cli('registers', 'import', 'persons', '--municipality', 'GM0546', '--source', 'Handhaving', exportFile('a.csv', 'HH-1,Jan,van den,Berg,1980,,,,,,,', 'HH-2,Anna,,Smit,,,,,,,,'));
    expect(first).toEqual({ code: 0, output: 'Klaar: 2 personen geïmporteerd.' });
    const second = await cli('registers', 'import', 'persons', '--municipality', 'GM0546', '--source', 'Handhaving', exportFile('b.csv', 'HH-3,Kees,,Bakker,,,,,,,,'));
    expect(second).toEqual({ code: 0, output: 'Klaar: 1 persoon geïmporteerd. De vorige import (2 regels) is vervangen.' });
  });

  it('lists the wrong rows, imports nothing and exits with 1', async () => {
    const { code, output } = await cli('registers', 'import', 'persons', '--municipality', 'GM0546', '--source', 'Handhaving', exportFile('c.csv', 'HH-4,Piet,,Jansen,,,,,,,,', 'HH-5,Piet,,,,,,,,2311 XY,,'));
    expect(code).toBe(1);
    expect(output).toBe(
      [
        'FOUT Regel 3: geslachtsnaam ontbreekt',
        'FOUT Niets geïmporteerd: 1 regel klopt niet. Verbeter het bestand en importeer opnieuw; de vorige import blijft tot dan in gebruik.',
      ].join('\n'),
    );
  });

  it('says what is missing, or that the file is not there', async () => {
    expect(await cli('registers', 'import', 'persons', '--municipality', 'GM0546')).toMatchObject({ code: 2, output: expect.stringContaining('Ontbrekend: --source, het bestand.') });
    expect(await cli('registers', 'import', 'persons', '--municipality', 'GM0546', '--source', 'X', path.join(dir, 'nergens.csv'))).toEqual({
      code: 2,
      output: `FOUT Bestand ${path.join(dir, 'nergens.csv')} bestaat niet of is niet leesbaar.`,
    });
  });
});

describe('progress of an import on the terminal', () => {
  it('shows percentage, rows, rows per second and the time left, at most once a second', () => {
    const lines: string[] = [];
    let now = 0;
    const report = progressReporter({ log: (l) => lines.push(l), error: () => {} }, 1_000_000, () => now);
    now = 500;
    report({ rows: 5000, bytes: 100_000 });
    now = 2000;
    report({ rows: 20_000, bytes: 250_000 });
    now = 2500;
    report({ rows: 25_000, bytes: 300_000 });
    expect(lines).toEqual(['25% · 20.000 regels · 10.000 regels/s · nog ca. 6 s']);
  });
});
