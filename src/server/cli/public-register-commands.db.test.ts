import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_COLUMNS } from '../../domain/registers/address-row';
import { ORGANISATION_COLUMNS } from '../../domain/registers/organisation-row';
import { openCliDatabase } from '../test-support/cli-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-public-import-'));

function file(name: string, header: string, ...rows: string[]): string {
  const at = path.join(dir, name);
  fs.writeFileSync(at, [header, ...rows].join('\n') + '\n');
  return at;
}
const bag = (name: string, ...rows: string[]) => file(name, ADDRESS_COLUMNS.join(';'), ...rows);
const kvk = (name: string, ...rows: string[]) => file(name, ORGANISATION_COLUMNS.join(','), ...rows);

let cli: Awaited<ReturnType<typeof openCliDatabase>>['cli'];
let close: () => Promise<void>;

beforeAll(async () => {
  ({ cli, close } = await openCliDatabase());
});
afterAll(() => close());

describe('signaalroute registers import addresses', () => {
  it('imports the BAG addresses and says how many, then that a new file replaced them', async () => {
    const first = await cli('registers', 'import', 'addresses', bag('a.csv', 'Breestraat;12;a;;2311AB;Leiden;Leiden;Zuid-Holland;0546200000000001', 'Breestraat;14;;;2311AB;Leiden;Leiden;Zuid-Holland;0546200000000002'));
    expect(first).toEqual({ code: 0, output: 'Klaar: 2 adressen geïmporteerd.' });
    const second = await cli('registers', 'import', 'addresses', bag('b.csv', 'Breestraat;16;;;2311AB;Leiden;Leiden;Zuid-Holland;0546200000000003'));
    expect(second).toEqual({ code: 0, output: 'Klaar: 1 adres geïmporteerd. De vorige import (2 regels) is vervangen.' });
  });

  it('lists the wrong rows, imports nothing and exits with 1; says when the file is missing', async () => {
    const { code, output } = await cli('registers', 'import', 'addresses', bag('c.csv', 'Breestraat;12;;;2311AB;Leiden;Leiden;Zuid-Holland;0546200000000001', 'Breestraat;12;;;2311AB;;Leiden;Zuid-Holland;0546200000000004'));
    expect(code).toBe(1);
    expect(output).toBe(
      ['FOUT Regel 3: woonplaats ontbreekt', 'FOUT Niets geïmporteerd: 1 regel klopt niet. Verbeter het bestand en importeer opnieuw; de vorige import blijft tot dan in gebruik.'].join('\n'),
    );
    expect(await cli('registers', 'import', 'addresses')).toMatchObject({ code: 2, output: expect.stringContaining('Ontbrekend: het bestand.') });
  });
});

describe('signaalroute registers import organisations', () => {
  it('imports the KVK organisations and says how many', async () => {
    expect(await cli('registers', 'import', 'organisations', kvk('d.csv', '12345678,000012345678,Bakkerij Jansen B.V.,Bakkerij Jansen,Breestraat,12,,,2311AB,Leiden'))).toEqual({
      code: 0,
      output: 'Klaar: 1 organisatie geïmporteerd.',
    });
    expect(await cli('registers', 'import', 'organisations', kvk('e.csv', '12345678,,Jansen,,,,,,,', '87654321,,Het Anker,,,,,,,'))).toEqual({
      code: 0,
      output: 'Klaar: 2 organisaties geïmporteerd. De vorige import (1 regel) is vervangen.',
    });
  });

  it('lists the wrong rows, imports nothing and exits with 1; says when the file is not there', async () => {
    const { code, output } = await cli('registers', 'import', 'organisations', kvk('f.csv', '1234,,Jansen,,,,,,,'));
    expect(code).toBe(1);
    expect(output).toContain('FOUT Regel 2: kvkNummer: "1234" is geen KVK-nummer');
    expect(await cli('registers', 'import', 'organisations', path.join(dir, 'nergens.csv'))).toEqual({ code: 2, output: `FOUT Bestand ${path.join(dir, 'nergens.csv')} bestaat niet of is niet leesbaar.` });
  });
});
