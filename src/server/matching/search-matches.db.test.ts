import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../domain/registers/person-row';
import { systemContext } from '../context/context';
import { run } from '../context/run';
import { registerAddresses, registerImports, registerOrganisations, registerStreets } from '../db/schema';
import { asSystem, queryRows } from '../db/tenant';
import { importPersons } from '../registers/import/import-persons';
import { rebuildOrganisationWords } from '../registers/import/organisation-words';
import { sampleSubmission, submitAs } from '../signals/test-fixtures';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { loginAs, type TestLogin } from '../test-support/login-as';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
let t: TestApp;
let af: TestLogin;
let denHaagAf: TestLogin;
let earlier: { id: string; reference: string };

type Found = { candidates: { source: string; id: string; label: string; score: number; reasons: string[] }[] };
const search = (login: TestLogin, payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/matching/search', headers: login.headers, payload });
const found = async (login: TestLogin, payload: object) => {
  const res = await search(login, payload);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as Found).candidates;
};
const importRegister = (municipality: string, rows: string[]) =>
  run(systemContext(t.services, { name: 'test', municipality }), importPersons, {
    source: 'Handhaving',
    file: Readable.from([[PERSON_COLUMNS.join(','), ...rows].join('\n')]),
  });

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  af = await loginAs(db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
  denHaagAf = await loginAs(db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
  const reporter = await loginAs(db, { municipality: LEIDEN, roles: ['medewerker'] });
  const submitted = await submitAs(
    t.app,
    reporter,
    sampleSubmission({
      persons: [{ role: 'possible-victim', name: 'Jan van den Berg', dateOfBirth: '1980-03-14' }],
      organisations: [{ name: 'Uitzendbureau Snel B.V.', kvkNumber: '87654321' }],
      addresses: [{ postcode: '2311 AB', houseNumber: 12, addition: 'a', street: 'Breestraat', place: 'Leiden' }],
    }),
  );
  earlier = submitted.json() as { id: string; reference: string };
  // The same name in Den Haag's signals and register: never Leiden's to see.
  const denHaagReporter = await loginAs(db, { municipality: DEN_HAAG, roles: ['medewerker'] });
  await submitAs(t.app, denHaagReporter, sampleSubmission({ persons: [{ role: 'possible-victim', name: 'Jan van den Berg', dateOfBirth: '1980-03-14' }] }));
  await importRegister(DEN_HAAG, ['DH-1,Jan,van den,Berg,1980-03-14,,,,,,,']);
  await importRegister(LEIDEN, ['HH-1,Johannes,van der,Berg,1980-03,Breestraat,12,a,,2311AB,Leiden,Kamerverhuur', 'HH-2,Piet,,Jansen,1975,,,,,,,']);
  // The public registers, as their imports leave them (rows of a complete import).
  await asSystem(db, async (tx) => {
    const [bag] = await tx.insert(registerImports).values({ register: 'addresses', source: 'BAG', status: 'complete', startedAt: new Date() }).returning();
    await tx.insert(registerAddresses).values([
      { importId: bag!.id, nummeraanduiding: '0546200000012345', street: 'Breestraat', houseNumber: 12, houseLetter: 'A', postcode: '2311AB', place: 'Leiden', streetNorm: 'breestraat' },
      { importId: bag!.id, nummeraanduiding: '0546200000012346', street: 'Breestraat', houseNumber: 12, houseLetter: 'B', postcode: '2311AB', place: 'Leiden', streetNorm: 'breestraat' },
    ]);
    await tx.insert(registerAddresses).values({ importId: bag!.id, nummeraanduiding: '0518200000000070', street: 'Spui', houseNumber: 70, postcode: '2511BT', place: "'s-Gravenhage", streetNorm: 'spui' });
    await tx.insert(registerStreets).values([{ importId: bag!.id, streetNorm: 'breestraat' }, { importId: bag!.id, streetNorm: 'spui' }]);
    const [kvk] = await tx.insert(registerImports).values({ register: 'organisations', source: 'KVK', status: 'complete', startedAt: new Date() }).returning();
    await tx.insert(registerOrganisations).values({
      importId: kvk!.id,
      kvkNumber: '87654321',
      branchNumber: '000012345678',
      name: 'Snel Uitzendbureau B.V.',
      tradeNames: ['Uitzendbureau Snel'],
      street: 'Breestraat',
      houseNumber: 12,
      houseLetter: 'A',
      postcode: '2311AB',
      place: 'Leiden',
      nameNorm: 'snel uitzendbureau | uitzendbureau snel',
    });
    await rebuildOrganisationWords(tx, kvk!.id);
    // A running import is never seen, however well it matches.
    const [running] = await tx.insert(registerImports).values({ register: 'addresses', source: 'BAG', status: 'running', startedAt: new Date() }).returning();
    await tx.insert(registerAddresses).values({ importId: running!.id, nummeraanduiding: '0546200000099999', street: 'Breestraat', houseNumber: 12, houseLetter: 'A', postcode: '2311AB', place: 'Leiden', streetNorm: 'breestraat' });
  });
});
afterAll(() => t?.close());

describe('is this person, organisation or address already known?', () => {
  it('finds a person written otherwise in an earlier signal and in the own register, with the reasons, and nothing of another municipality', async () => {
    const candidates = await found(af, { kind: 'person', name: 'J. van den Berg', dateOfBirth: '1980-03' });
    expect(candidates.map((c) => [c.source, c.id])).toEqual([
      ['signal', earlier.reference],
      ['persons', 'HH-1'],
    ]);
    expect(candidates[0]).toMatchObject({ label: `${earlier.reference} · Jan van den Berg (1980-03-14)`, reasons: expect.arrayContaining(['achternaam gelijk']) });
    expect(candidates[1]!.reasons).toEqual(expect.arrayContaining(['tussenvoegsel anders: van den ↔ van der']));
    expect(candidates[1]!.label).toBe('Johannes van der Berg (1980-03) · Handhaving');
    expect(candidates[0]!.score).toBeGreaterThan(candidates[1]!.score);
    expect((await found(denHaagAf, { kind: 'person', name: 'Piet Jansen' })).map((c) => c.id)).toEqual([]);
  });

  it('finds an address in any notation: the BAG, the earlier signal, who lives there and which business sits there', async () => {
    for (const query of [{ text: 'Breestraat 12a, 2311AB Leiden' }, { postcode: '2311 ab', houseNumber: '12-a' }, { text: '2311AB 12A' }]) {
      const candidates = await found(af, { kind: 'address', ...query });
      expect(candidates.map((c) => [c.source, c.id, c.score]), JSON.stringify(query)).toEqual([
        ['addresses', '0546200000012345', 1],
        ['organisations', '000012345678', 1],
        ['persons', 'HH-1', 1],
        ['signal', earlier.reference, 1],
      ]);
    }
    const [bag] = await found(af, { kind: 'address', text: 'Breestraat 12a, 2311AB Leiden' });
    expect(bag).toMatchObject({ label: 'Breestraat 12a, 2311 AB Leiden (BAG)', reasons: ['zelfde postcode en huisnummer'] });
    // Without a postcode, and with a typo in the street: the BAG still knows it.
    const withoutPostcode = await found(af, { kind: 'address', text: 'Breestrat 12a, Leiden' });
    expect(withoutPostcode[0]).toMatchObject({ source: 'addresses', id: '0546200000012345' });
    // The BAG says 's-Gravenhage, the AF types Den Haag: one place.
    expect((await found(af, { kind: 'address', text: 'Spui 70, Den Haag' }))[0]).toMatchObject({ id: '0518200000000070', reasons: ['zelfde straat, huisnummer en plaats'] });
  });

  it('finds an organisation by its name without legal form, or by its KVK number alone', async () => {
    const byName = await found(af, { kind: 'organisation', name: 'uitzendbureau snel' });
    expect(byName.map((c) => [c.source, c.id])).toEqual([
      ['organisations', '000012345678'],
      ['signal', earlier.reference],
    ]);
    const byNumber = await found(af, { kind: 'organisation', kvkNumber: '8765 4321' });
    expect(byNumber.map((c) => c.source).sort()).toEqual(['organisations', 'signal']);
    expect(byNumber[0]!.reasons).toContain('KVK-nummer gelijk');
  });

  it('keeps to the limit, and refuses in Dutch what it cannot search for', async () => {
    expect(await found(af, { kind: 'address', text: '2311AB 12a', limit: 1 })).toHaveLength(1);
    const badDate = await search(af, { kind: 'person', name: 'Jan Jansen', dateOfBirth: '1980-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.message).toBe('Zoeken lukt zo niet: 30 februari 1980 bestaat niet: februari 1980 heeft 29 dagen.');
    expect((await search(af, { kind: 'person', name: 'Jan', limit: 51 })).statusCode).toBe(400);
    expect((await search(af, { kind: 'vehicle', plate: 'AB-12-CD' })).statusCode).toBe(400);
  });

  it('is for the AF only', async () => {
    for (const roles of [['medewerker'], ['auditor'], ['beheerder']] as const) {
      const other = await loginAs(t.database.db, { municipality: LEIDEN, roles });
      expect((await search(other, { kind: 'person', name: 'Jan van den Berg' })).statusCode).toBe(403);
    }
  });

  it('tells the auditor that the AF searched and how many were found, not for whom; the AF can open it for a reason', async () => {
    await found(af, { kind: 'person', name: 'Kees Zoekmans', dateOfBirth: '1990' });
    const auditor = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['auditor'] });
    const trail = await t.app.inject({ url: '/api/v1/audit?action=matching.search', headers: auditor.headers });
    expect(trail.statusCode).toBe(200);
    expect(trail.body).not.toContain('Zoekmans');
    expect(trail.body).not.toContain('Berg');
    const [last] = (trail.json() as { events: { reference: string; details: Record<string, unknown> }[] }).events;
    expect(last).toMatchObject({ details: { kind: 'person', candidates: 0 }, reference: expect.stringMatching(/^AR-/) });
    const csv = await t.app.inject({ url: '/api/v1/audit/export?action=matching.search', headers: auditor.headers });
    expect(csv.body).not.toContain('Zoekmans');
    const stored = await queryRows<{ raw: string }>(t.database.db, sql`select details::text || coalesce(sealed, '') as raw from audit_events where action = 'matching.search'`);
    expect(stored.map((r) => r.raw).join()).not.toContain('Zoekmans');
    const opened = await t.app.inject({ method: 'POST', url: '/api/v1/audit/sealed', headers: af.headers, payload: { reference: last!.reference, reason: 'De auditor vraagt waarop gezocht is.' } });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().details).toMatchObject({ query: { kind: 'person', name: 'Kees Zoekmans', dateOfBirth: '1990' }, candidates: [] });
  });

  // The subjects of earlier signals are kept in memory between searches (ADR 34): a new signal must
  // be found at once, and one deleted must not be found any more.
  it('finds a signal sent after the last search, and no longer one that was deleted', async () => {
    const person = { kind: 'person', name: 'Fatima el Amrani', dateOfBirth: '1991-07-02' };
    expect(await found(af, person)).toEqual([]);
    const reporter = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    const sent = (await submitAs(t.app, reporter, sampleSubmission({ persons: [{ role: 'possible-victim', name: 'Fatima el-Amrani', dateOfBirth: '1991-07-02' }] }))).json() as { id: string; reference: string };
    expect((await found(af, person)).map((c) => [c.source, c.id])).toEqual([['signal', sent.reference]]);
    await asSystem(t.database.db, async (tx) => {
      // As the retention job deletes (the history is append-only otherwise).
      await tx.execute(sql`select set_config('signaalroute.retention', 'on', true)`);
      for (const table of ['signal_figures', 'signal_events']) await tx.execute(sql`delete from ${sql.identifier(table)} where signal_id = ${sent.id}`);
      await tx.execute(sql`delete from signals where id = ${sent.id}`);
    });
    expect(await found(af, person)).toEqual([]);
    expect(t.services.signalSubjects.size).toBeGreaterThan(0);
  });
});
