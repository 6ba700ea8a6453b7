import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseOrganisation } from '../../../domain/matching';
import { ORGANISATION_COLUMNS } from '../../../domain/registers/organisation-row';
import { systemContext } from '../../context/context';
import { inTransaction, run } from '../../context/run';
import { findOrganisationsInKvk } from '../../matching/find-in-registers';
import { queryRows } from '../../db/tenant';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { importOrganisations } from './import-organisations';

const HEADER = ORGANISATION_COLUMNS.join(',');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const importFile = (text: string) => run(systemContext(t.services, { name: 'cli' }), importOrganisations, { file: Readable.from([Buffer.from(text)]) });
const organisations = () =>
  queryRows<{ kvk_number: string; branch_number: string | null; name: string; trade_names: string[]; postcode: string | null; house_number: number | null; name_norm: string }>(
    t.database.db,
    sql`select o.kvk_number, o.branch_number, o.name, o.trade_names, o.postcode, o.house_number, o.name_norm
        from register_organisations o join register_imports i on i.id = o.import_id where i.status = 'complete' order by o.kvk_number, o.branch_number`,
  );
const count = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from register_organisations`))[0]!.n;

describe('importing the KVK organisations', () => {
  it('imports a good file for the whole installation', async () => {
    const outcome = await importFile(
      csv(
        '12345678,000012345678,Bakkerij Jansen B.V.,"Bakkerij Jansen|De Gouden Krakeling, Leiden",Breestraat,12,a,,2311 AB,Leiden',
        '12345678,000012345679,Bakkerij Jansen B.V.,,Haarlemmerstraat,100,,,2312 GD,Leiden',
        '87654321,,Stichting Het Anker,,,,,,,',
      ),
    );
    expect(outcome).toMatchObject({ status: 'complete', rows: 3, replacedRows: 0 });
    expect(await organisations()).toEqual([
      { kvk_number: '12345678', branch_number: '000012345678', name: 'Bakkerij Jansen B.V.', trade_names: ['Bakkerij Jansen', 'De Gouden Krakeling, Leiden'], postcode: '2311AB', house_number: 12, name_norm: 'bakkerij jansen | de gouden krakeling leiden' },
      { kvk_number: '12345678', branch_number: '000012345679', name: 'Bakkerij Jansen B.V.', trade_names: [], postcode: '2312GD', house_number: 100, name_norm: 'bakkerij jansen' },
      { kvk_number: '87654321', branch_number: null, name: 'Stichting Het Anker', trade_names: [], postcode: null, house_number: null, name_norm: 'het anker' },
    ]);
    const [audit] = await queryRows<{ municipality: string | null; details: Record<string, unknown> }>(
      t.database.db,
      sql`select municipality, details from audit_events where action = 'register.import' order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ municipality: null, details: { register: 'organisations', source: 'KVK', rows: 3, badRows: 0 } });
  });

  it('finds an organisation by the words of a name or trade name, typed with an error or without legal form', async () => {
    await importFile(
      csv(
        '12345678,000012345678,Bakkerij Jansen B.V.,De Gouden Krakeling,Breestraat,12,a,,2311 AB,Leiden',
        '23456789,000023456789,De Jong Champignonkwekerij B.V.,,Hoofdweg,1,,,2100 AA,Heemstede',
        '34567890,,Stichting Het Anker,,,,,,,',
        '45678901,,Slagerij Pietersen V.O.F.,,,,,,,',
      ),
    );
    const named = async (name: string) => {
      const found = await inTransaction(systemContext(t.services, { name: 'test' }), (ctx) => findOrganisationsInKvk(ctx, { name: normaliseOrganisation(name) }));
      return found.sort((a, b) => b.score - a.score).map((c) => c.id);
    };
    expect((await named('de jong chamuignonkwekerij'))[0]).toBe('000023456789');
    expect((await named('De Jong Champignonkwekerij'))[0]).toBe('000023456789');
    expect((await named('Bakkerji Jansen Holding'))[0]).toBe('000012345678');
    expect((await named('De Gouden Krakling'))[0]).toBe('000012345678');
    expect(await named('Het Anker')).toEqual(['34567890']);
    expect(await named('Kapsalon Mooi')).toEqual([]);
  });

  it('replaces the previous import', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `${String(10_000_000 + i)},,Onderneming ${i},,,,,,,`);
    expect(await importFile(csv(...rows))).toMatchObject({ status: 'complete', rows: 2500, replacedRows: 4 });
    expect(await count()).toBe(2500);
    const words = await queryRows<{ n: number }>(t.database.db, sql`select count(distinct import_id)::int as n from register_organisation_words`);
    expect(words).toEqual([{ n: 1 }]);
  });

  it('imports nothing when one row is wrong, lists every wrong row by line, and keeps the previous import', async () => {
    const outcome = await importFile(
      csv(
        '11111111,000011111111,Goed B.V.,,,,,,,', // line 2
        '11111111,000011111111,Nogmaals B.V.,,,,,,,', // line 3: the same vestigingsnummer
        '2222222,,,,,,,,,', // line 4: KVK number too short, no name
        '33333333,,Zonder vestiging,,,,,,,', // line 5: good
        '33333333,,Zonder vestiging,,,,,,,', // line 6: the same KVK number without establishment
      ),
    );
    expect(outcome).toEqual({
      status: 'refused',
      importId: expect.any(String),
      rows: 2,
      badRowCount: 3,
      fileError: null,
      badRows: [
        { line: 3, reason: 'komt al voor op regel 2' },
        { line: 4, reason: 'kvkNummer: "2222222" is geen KVK-nummer: een KVK-nummer heeft acht cijfers.; naam ontbreekt' },
        { line: 6, reason: 'komt al voor op regel 5' },
      ],
    });
    expect(await count()).toBe(2500);
  });

  it('says in Dutch that the header misses a column, and imports nothing', async () => {
    const outcome = await importFile('kvkNummer,vestigingsnummer,naam,straatnaam,huisnummer,huisletter,huisnummertoevoeging,postcode,plaats\n12345678,,Jansen,,,,,,\n');
    expect(outcome).toMatchObject({ status: 'refused', rows: 0, fileError: `De kopregel klopt niet (ontbrekende kolommen: handelsnamen). Verwacht: ${HEADER}.` });
    expect(await count()).toBe(2500);
  });

  it('is written only by the installation, not in a municipality', async () => {
    await expect(run(systemContext(t.services, { name: 'cli', municipality: 'GM0546' }), importOrganisations, { file: Readable.from([csv()]) })).rejects.toThrow('U hebt geen toegang');
  });
});
