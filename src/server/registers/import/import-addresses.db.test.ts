import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../context/context';
import { run } from '../../context/run';
import { queryRows } from '../../db/tenant';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { importAddresses } from './import-addresses';

// NLExtract's bagadres-full header: the columns read, then the ones ignored.
const HEADER =
  'openbareruimte;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats;gemeente;provincie;nummeraanduiding;verblijfsobjectgebruiksdoel;oppervlakteverblijfsobject;verblijfsobjectstatus;object_id;object_type;nevenadres;pandid;pandstatus;pandbouwjaar;x;y;lon;lat';
const TAIL = 'woonfunctie;80;Verblijfsobject in gebruik;0546010000012345;VBO;f;0546100000012345;Pand in gebruik;1900;93000;464000;4.49;52.16';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const address = (id: number, street = 'Breestraat', number = '12', letter = '', addition = '', postcode = '2311AB') =>
  `${street};${number};${letter};${addition};${postcode};Leiden;Leiden;Zuid-Holland;${String(546200000000000 + id).padStart(16, '0')};${TAIL}`;
const importFile = (text: string) => run(systemContext(t.services, { name: 'cli' }), importAddresses, { file: Readable.from([Buffer.from(text)]) });
const addresses = () =>
  queryRows<{ nummeraanduiding: string; street: string; house_number: number; house_letter: string | null; addition: string | null; postcode: string | null; place: string; municipality_name: string | null; street_norm: string }>(
    t.database.db,
    sql`select a.nummeraanduiding, a.street, a.house_number, a.house_letter, a.addition, a.postcode, a.place, a.municipality_name, a.street_norm
        from register_addresses a join register_imports i on i.id = a.import_id where i.status = 'complete' order by a.nummeraanduiding`,
  );
const count = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from register_addresses`))[0]!.n;

describe('importing the BAG addresses (NLExtract bagadres)', () => {
  it('imports a good file for the whole installation, quoted fields and all, and records it in the audit trail', async () => {
    const outcome = await importFile(csv(address(1, 'Burg. de Monchyplein', '12', 'a', '1'), address(2, '"Kerkstraat; achterom"', '3', '', 'hs', '2311 ab'), address(3)));
    expect(outcome).toMatchObject({ status: 'complete', rows: 3, replacedRows: 0 });
    expect(await addresses()).toEqual([
      { nummeraanduiding: '0546200000000001', street: 'Burg. de Monchyplein', house_number: 12, house_letter: 'A', addition: '1', postcode: '2311AB', place: 'Leiden', municipality_name: 'Leiden', street_norm: 'burgemeester de monchyplein' },
      { nummeraanduiding: '0546200000000002', street: 'Kerkstraat; achterom', house_number: 3, house_letter: null, addition: 'HS', postcode: '2311AB', place: 'Leiden', municipality_name: 'Leiden', street_norm: 'kerkstraat; achterom' },
      { nummeraanduiding: '0546200000000003', street: 'Breestraat', house_number: 12, house_letter: null, addition: null, postcode: '2311AB', place: 'Leiden', municipality_name: 'Leiden', street_norm: 'breestraat' },
    ]);
    const [audit] = await queryRows<{ municipality: string | null; result: string; details: Record<string, unknown> }>(
      t.database.db,
      sql`select municipality, result, details from audit_events where action = 'register.import' order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ municipality: null, result: 'success', details: { register: 'addresses', source: 'BAG', rows: 3, badRows: 0 } });
  });

  it('replaces the previous import, in batches larger than one transaction', async () => {
    const rows = Array.from({ length: 12_500 }, (_, i) => address(100 + i, `Straat ${i % 50}`, String(1 + (i % 300))));
    const outcome = await importFile(csv(...rows));
    expect(outcome).toMatchObject({ status: 'complete', rows: 12_500, replacedRows: 3 });
    expect(await count()).toBe(12_500);
  });

  it('imports nothing when one row is wrong, lists every wrong row by line, duplicates too, and keeps the previous import', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => address(50_000 + i));
    rows[4] = address(50_000); // line 6: the first row's nummeraanduiding again
    rows[7] = address(50_007, 'Breestraat', '0'); // line 9
    rows[11_000] = address(50_010); // line 11002: a duplicate of line 12, in a later batch
    rows[11_500] = 'Breestraat;12'; // line 11502
    const outcome = await importFile(csv(...rows));
    expect(outcome).toEqual({
      status: 'refused',
      importId: expect.any(String),
      rows: 11_996,
      badRowCount: 4,
      fileError: null,
      badRows: [
        { line: 6, reason: 'nummeraanduiding 0546200000050000 komt al voor op een eerdere regel' },
        { line: 9, reason: 'huisnummer "0" is geen getal van 1 tot 99999' },
        { line: 11002, reason: 'nummeraanduiding 0546200000050010 komt al voor op een eerdere regel' },
        { line: 11502, reason: '2 velden in plaats van het aantal kolommen van de kopregel' },
      ],
    });
    expect(await count()).toBe(12_500);
    expect((await addresses())[0]!.nummeraanduiding).toBe('0546200000000100');
  });

  it('says in Dutch that the header misses a column, and imports nothing', async () => {
    const outcome = await importFile(`openbareruimte;huisnummer;huisletter;postcode;woonplaats;gemeente;provincie;nummeraanduiding\nBreestraat;12;;2311AB;Leiden;Leiden;Zuid-Holland;0546200000000001\n`);
    expect(outcome).toMatchObject({ status: 'refused', rows: 0, fileError: expect.stringMatching(/^De kopregel klopt niet \(ontbrekende kolommen: huisnummertoevoeging\)\. Verwacht het bagadres-bestand van NLExtract/) });
    expect(await count()).toBe(12_500);
  });

  it('is written only by the installation, not in a municipality', async () => {
    await expect(run(systemContext(t.services, { name: 'cli', municipality: 'GM0546' }), importAddresses, { file: Readable.from([csv()]) })).rejects.toThrow('U hebt geen toegang');
  });
});
