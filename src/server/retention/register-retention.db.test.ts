import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseName } from '../../domain/matching';
import { ORGANISATION_COLUMNS } from '../../domain/registers/organisation-row';
import { PERSON_COLUMNS } from '../../domain/registers/person-row';
import { inMunicipality, systemContext } from '../context/context';
import { inTransaction, run } from '../context/run';
import { queryRows } from '../db/tenant';
import { findPersonsInRegister } from '../matching/find-in-registers';
import { importAddresses } from '../registers/import/import-addresses';
import { importOrganisations } from '../registers/import/import-organisations';
import { importPersons } from '../registers/import/import-persons';
import { loginAs, sessionFor, type TestLogin } from '../test-support/login-as';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';
import { applyRetention } from './commands/apply-retention';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
const SECOND = 1000;
const DAY = 24 * 3600 * SECOND;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

let t: TestApp;
let clock = new Date('2026-02-03T10:15:00Z');
const imported = new Date('2026-02-03T10:15:00Z');

const persons = (...rows: string[]) => Readable.from([Buffer.from([PERSON_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n')]);
const importPersonsAt = async (at: Date, municipality: string, source: string, ...rows: string[]) => {
  clock = at;
  expect(await run(systemContext(t.services, { name: 'cli', municipality }), importPersons, { source, file: persons(...rows) })).toMatchObject({ status: 'complete' });
};
const BAG_HEADER =
  'openbareruimte;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats;gemeente;provincie;nummeraanduiding;verblijfsobjectgebruiksdoel;oppervlakteverblijfsobject;verblijfsobjectstatus;object_id;object_type;nevenadres;pandid;pandstatus;pandbouwjaar;x;y;lon;lat';
const BAG_ROW = 'Breestraat;12;;;2311AB;Leiden;Leiden;Zuid-Holland;0546200000000001;woonfunctie;80;Verblijfsobject in gebruik;0546010000012345;VBO;f;0546100000012345;Pand in gebruik;1900;93000;464000;4.49;52.16';
const KVK_ROW = '12345678,000012345678,Bakkerij Jansen B.V.,,Breestraat,12,,,2311 AB,Leiden';

const runRetention = (at: Date) => run(testContext(t, null, at), applyRetention, undefined);
/** The register search the AF does: the persons of the municipality's own records found by name. */
const found = async (municipality: string, name: string) =>
  (await inTransaction(inMunicipality(systemContext(t.services), municipality), (tx) => findPersonsInRegister(tx, { name: normaliseName(name) }))).length;
const imports = () =>
  queryRows<{ municipality: string | null; register: string; source: string; status: string; rows: number; left: number }>(
    t.database.db,
    sql`select i.municipality, i.register, i.source, i.status, i.rows,
          (select count(*)::int from register_persons p where p.import_id = i.id)
          + (select count(*)::int from register_addresses a where a.import_id = i.id)
          + (select count(*)::int from register_organisations o where o.import_id = i.id) as left
        from register_imports i where i.status <> 'replaced' order by i.municipality, i.source`,
  );
const surnameKeys = async (municipality: string, surname: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from register_surname_keys where municipality = ${municipality} and surname_norm = ${surname}`))[0]!.n;
const headers = async (login: TestLogin, municipality: string) => (await sessionFor(t.database.db, { userId: login.userId, municipality }, { now: clock })).headers;

let leidenBeheerder: TestLogin;
let denHaagBeheerder: TestLogin;
let auditor: TestLogin;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  leidenBeheerder = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['beheerder'] });
  denHaagBeheerder = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'] });
  auditor = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['auditor'] });
  await importPersonsAt(imported, LEIDEN, 'Handhaving', 'HH-1,Piotr,,Kowalski,1985-04-02,Breestraat,12,,,2311 AB,Leiden,"Controle kamerverhuur, 6 bedden"', 'HH-2,Anna,de,Boer,1990,,,,,,,');
  // Vergunningen is refreshed a month later: the newer export replaces the first and its term starts again.
  await importPersonsAt(imported, LEIDEN, 'Vergunningen', 'VG-1,Ali,,Yılmaz,1979,,,,,,,');
  await importPersonsAt(later(imported, 28 * DAY), LEIDEN, 'Vergunningen', 'VG-1,Ali,,Yılmaz,1979,,,,,,,', 'VG-2,Tomasz,,Nowak,1988,,,,,,,');
  await importPersonsAt(imported, DEN_HAAG, 'Handhaving', 'HH-9,Mirjam,,Visser,1970,,,,,,,');
  // The instance-wide public registers.
  clock = imported;
  await run(systemContext(t.services, { name: 'cli' }), importAddresses, { file: Readable.from([Buffer.from(`${BAG_HEADER}\n${BAG_ROW}\n`)]) });
  await run(systemContext(t.services, { name: 'cli' }), importOrganisations, { file: Readable.from([Buffer.from(`${ORGANISATION_COLUMNS.join(',')}\r\n${KVK_ROW}\r\n`)]) });
});
afterAll(() => t?.close());

describe("retention of the municipality's own register imports", () => {
  it('applies the term the beheerder set, counted in Dutch time, to that municipality only', async () => {
    clock = later(imported, DAY);
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/retention/terms',
      headers: await headers(denHaagBeheerder, DEN_HAAG),
      payload: { closedMonths: 12, handedOverMonths: 60, draftDays: 30, userMonths: 12, registerMonths: 6, auditMonths: 72 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ registerMonths: 6 });
    const refused = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/retention/terms',
      headers: await headers(denHaagBeheerder, DEN_HAAG),
      payload: { closedMonths: 12, handedOverMonths: 60, draftDays: 30, userMonths: 12, registerMonths: 37, auditMonths: 72 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Kies een hele termijn van 1 tot en met 36 maanden.');

    // Six months after 11:15 winter time is 11:15 summer time: 09:15 UTC.
    const due = new Date('2026-08-03T09:15:00Z');
    expect((await runRetention(later(due, -SECOND))).registerImports).toBe(0);
    expect(await found(DEN_HAAG, 'Mirjam Visser')).toBe(1);
    expect((await runRetention(later(due, SECOND))).registerImports).toBe(1);
    expect(await found(DEN_HAAG, 'Mirjam Visser')).toBe(0);
    expect(await surnameKeys(DEN_HAAG, 'visser')).toBe(0);
    const log = await queryRows<{ municipality: string; term_length: number; term_set_by_user_id: string }>(
      t.database.db,
      sql`select municipality, term_length, term_set_by_user_id from retention_deletions where object_type = 'register-import'`,
    );
    expect(log).toEqual([{ municipality: DEN_HAAG, term_length: 6, term_set_by_user_id: denHaagBeheerder.userId }]);
    // Leiden's imports keep the default term.
    expect(await found(LEIDEN, 'Piotr Kowalski')).toBe(1);
  });

  const due = new Date('2027-02-03T10:15:00Z'); // twelve months after the import completed, same Dutch time

  it('shows the beheerder a week ahead which import goes, by its source and number of rows', async () => {
    clock = later(due, -6 * DAY);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/retention/preview', headers: await headers(leidenBeheerder, LEIDEN) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().registerImports).toEqual([{ source: 'Handhaving', completedAt: imported.toISOString(), rows: 2, dueAt: due.toISOString() }]);
    expect(res.body).not.toMatch(/Kowalski|Boer|kamerverhuur/);
  });

  it('deletes nothing a second early', async () => {
    expect((await runRetention(later(due, -SECOND))).registerImports).toBe(0);
    expect(await found(LEIDEN, 'Piotr Kowalski')).toBe(1);
  });

  it('deletes the rows of an import past its term and their search keys, and leaves the newer import and the BAG and KVK alone', async () => {
    expect((await runRetention(later(due, SECOND))).registerImports).toBe(1);
    expect(await found(LEIDEN, 'Piotr Kowalski')).toBe(0);
    expect(await found(LEIDEN, 'Anna de Boer')).toBe(0);
    expect(await surnameKeys(LEIDEN, 'kowalski')).toBe(0);
    expect(await found(LEIDEN, 'Tomasz Nowak')).toBe(1);
    expect(await surnameKeys(LEIDEN, 'nowak')).toBeGreaterThan(0);
    expect(await imports()).toEqual([
      { municipality: DEN_HAAG, register: 'persons', source: 'Handhaving', status: 'expired', rows: 1, left: 0 },
      { municipality: LEIDEN, register: 'persons', source: 'Handhaving', status: 'expired', rows: 2, left: 0 },
      { municipality: LEIDEN, register: 'persons', source: 'Vergunningen', status: 'complete', rows: 2, left: 2 },
      { municipality: null, register: 'addresses', source: 'BAG', status: 'complete', rows: 1, left: 1 },
      { municipality: null, register: 'organisations', source: 'KVK', status: 'complete', rows: 1, left: 1 },
    ]);
    // Running again finds nothing more.
    expect((await runRetention(later(due, 2 * SECOND))).registerImports).toBe(0);
  });

  it('logs the deletion for the auditor by source, rows and dates, and nothing of the rows', async () => {
    clock = later(due, DAY);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/retention/deletions', headers: await headers(auditor, LEIDEN) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      items: [
        expect.objectContaining({ objectType: 'register-import', reference: 'Handhaving', count: 2, term: 'register', termLength: 12, termSetByUserId: null, closedAt: imported.toISOString(), dueAt: due.toISOString() }),
      ],
      next: null,
    });
    const [runRecord] = await queryRows<{ details: unknown }>(t.database.db, sql`select details from audit_events where action = 'retention.run' and municipality = ${LEIDEN} order by seq desc limit 1`);
    expect(runRecord!.details).toMatchObject({ registerImports: 1 });
    // Searched for literally: the names, ids, addresses and descriptions in the imported files.
    const everything = JSON.stringify(await queryRows(t.database.db, sql`select * from retention_deletions`)) + JSON.stringify(await queryRows(t.database.db, sql`select details from audit_events where action = 'retention.run'`));
    for (const personal of ['Piotr', 'Kowalski', 'kowalski', 'Anna', 'Boer', 'HH-1', 'HH-9', 'Mirjam', 'Visser', 'Breestraat', 'kamerverhuur']) expect(everything).not.toContain(personal);
  });

  it('never touches the BAG and KVK, however old', async () => {
    await runRetention(new Date('2040-01-01T00:00:00Z'));
    expect((await imports()).filter((i) => i.municipality === null)).toEqual([
      { municipality: null, register: 'addresses', source: 'BAG', status: 'complete', rows: 1, left: 1 },
      { municipality: null, register: 'organisations', source: 'KVK', status: 'complete', rows: 1, left: 1 },
    ]);
    // Leiden's newer import has its own term, and is gone by then.
    expect(await found(LEIDEN, 'Tomasz Nowak')).toBe(0);
  });
});
