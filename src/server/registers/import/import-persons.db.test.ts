import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseName, surnameSearchKeys } from '../../../domain/matching';
import { PERSON_COLUMNS } from '../../../domain/registers/person-row';
import { systemContext } from '../../context/context';
import { run } from '../../context/run';
import { registerImports, registerPersonsStaging } from '../../db/schema';
import { inTenant, queryRows } from '../../db/tenant';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { importPersons } from './import-persons';
import { rebuildMissingSurnameKeys } from './surname-keys';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
const HEADER = PERSON_COLUMNS.join(',');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** A persons export as a municipality's system writes it. */
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const importInto = (municipality: string, source: string, text: string) =>
  run(systemContext(t.services, { name: 'cli', municipality }), importPersons, { source, file: Readable.from([Buffer.from(text)]) });
const persons = (municipality: string) =>
  inTenant(t.database.db, municipality, (tx) =>
    queryRows<{ source_id: string; surname: string; surname_norm: string; postcode: string | null; birth_year: number | null }>(
      tx,
      sql`select source_id, surname, surname_norm, postcode, birth_year from register_persons order by source_id`,
    ),
  );
/** The surnames a search blocks on: those sharing a search key with the name typed (find-in-registers.ts). */
const similarSurnames = (municipality: string, typed: string) =>
  inTenant(t.database.db, municipality, (tx) =>
    queryRows<{ surname: string; persons: number }>(
      tx,
      sql`select distinct surname_norm as surname, persons from register_surname_keys where key = any(${sql.param(surnameSearchKeys(normaliseName(typed).surnameParts).map((k) => k.key))}::text[])`,
    ),
  );
const audits = () =>
  queryRows<{ municipality: string; result: string; details: Record<string, unknown> }>(
    t.database.db,
    sql`select municipality, result, details from audit_events where action = 'register.import' order by id`,
  );

describe('importing the municipality\'s own records of persons', () => {
  it('imports a good export for its municipality only, quoted fields and all, and records it in the audit trail', async () => {
    const outcome = await importInto(
      LEIDEN,
      'Handhaving',
      csv(
        'HH-1,Jan Pieter,van den,Berg,1980-03-14,Breestraat,12,a,,2311 AB,Leiden,"Controle kamerverhuur, 6 bedden"',
        'HH-2,Zoë,,Jansen-de Vries,1975,,,,,,,"Meerdere regels:\nzie dossier"',
      ),
    );
    expect(outcome).toMatchObject({ status: 'complete', rows: 2, replacedRows: 0 });
    expect(await persons(LEIDEN)).toEqual([
      { source_id: 'HH-1', surname: 'Berg', surname_norm: 'berg', postcode: '2311AB', birth_year: 1980 },
      { source_id: 'HH-2', surname: 'Jansen-de Vries', surname_norm: 'jansen-de vries', postcode: null, birth_year: 1975 },
    ]);
    expect(await persons(DEN_HAAG)).toEqual([]);
    // A typo finds the surname among Leiden's own, and nothing among Den Haag's.
    expect(await similarSurnames(LEIDEN, 'Zoë Jansen-de Vrise')).toEqual([{ surname: 'jansen-de vries', persons: 1 }]);
    expect(await similarSurnames(DEN_HAAG, 'Zoë Jansen-de Vries')).toEqual([]);
    expect((await audits()).at(-1)).toMatchObject({ municipality: LEIDEN, result: 'success', details: { register: 'persons', source: 'Handhaving', rows: 2, badRows: 0 } });
  });

  it('builds the search keys at start for records imported before they existed, once', async () => {
    await inTenant(t.database.db, LEIDEN, (tx) => tx.execute(sql`delete from register_surname_keys`));
    expect(await similarSurnames(LEIDEN, 'Zoë Jansen-de Vries')).toEqual([]);
    expect(await rebuildMissingSurnameKeys(t.services)).toEqual([LEIDEN]);
    expect(await similarSurnames(LEIDEN, 'Zoë Jansen-de Vries')).toEqual([{ surname: 'jansen-de vries', persons: 1 }]);
    expect(await rebuildMissingSurnameKeys(t.services)).toEqual([]);
  });

  it('replaces the previous export of the same source, and leaves other sources alone', async () => {
    await importInto(LEIDEN, 'Vergunningen', csv('VG-1,Ali,,Yılmaz,,,,,,,,'));
    const outcome = await importInto(LEIDEN, 'Handhaving', csv('HH-3,Kees,,Bakker,,,,,,,,'));
    expect(outcome).toMatchObject({ status: 'complete', rows: 1, replacedRows: 2 });
    expect((await persons(LEIDEN)).map((p) => p.source_id)).toEqual(['HH-3', 'VG-1']);
  });

  it('imports nothing when one row is wrong, lists every wrong row by line, and keeps the previous export', async () => {
    const outcome = await importInto(
      LEIDEN,
      'Handhaving',
      csv(
        'HH-4,Piet,,Pietersen,,,,,,,,', // line 2: good
        'HH-5,,,,1980-02-30,,,,,,,', // line 3: no surname, no such date
        'HH-4,Piet,,Pietersen,,,,,,,,', // line 4: the same bronId again
        'HH-6,Anna,,Smit', // line 5: too few fields
      ),
    );
    expect(outcome).toEqual({
      status: 'refused',
      importId: expect.any(String),
      rows: 1,
      badRowCount: 3,
      fileError: null,
      badRows: [
        { line: 3, reason: 'geslachtsnaam ontbreekt; geboortedatum: 30 februari 1980 bestaat niet: februari 1980 heeft 29 dagen.' },
        { line: 4, reason: 'komt al voor op regel 2' },
        { line: 5, reason: '4 velden in plaats van het aantal kolommen van de kopregel' },
      ],
    });
    expect((await persons(LEIDEN)).map((p) => p.source_id)).toEqual(['HH-3', 'VG-1']);
    expect((await audits()).at(-1)).toMatchObject({ result: 'failure', details: { source: 'Handhaving', rows: 1, badRows: 3 } });
  });

  it('writes large exports in batches, and refuses all of them for one wrong row at the end', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `BULK-${i},Jan,,Jansen${i},1980,,,,,,,`);
    expect(await importInto(DEN_HAAG, 'Bulk', csv(...rows))).toMatchObject({ status: 'complete', rows: 2500 });
    const refused = await importInto(DEN_HAAG, 'Bulk', csv(...rows.map((r) => r.replace('BULK-', 'NEW-')), 'NEW-X,,,,,,,,,,,'));
    expect(refused).toMatchObject({ status: 'refused', rows: 2500, badRowCount: 1, badRows: [{ line: 2502, reason: 'geslachtsnaam ontbreekt' }] });
    const [{ count }] = (await inTenant(t.database.db, DEN_HAAG, (tx) => queryRows<{ count: number }>(tx, sql`select count(*)::int as count from register_persons`))) as [{ count: number }];
    expect(count).toBe(2500);
    expect((await persons(DEN_HAAG))[0]!.source_id).toMatch(/^BULK-/);
  });

  it('stores each person once when a queued import runs again after a crash halfway', async () => {
    const importId = await inTenant(t.database.db, DEN_HAAG, async (tx) => {
      const [queued] = await tx.insert(registerImports).values({ municipality: DEN_HAAG, register: 'persons', source: 'Herstart', status: 'running', startedAt: new Date() }).returning({ id: registerImports.id });
      // What the attempt that crashed had written.
      await tx.insert(registerPersonsStaging).values({ municipality: DEN_HAAG, importId: queued!.id, sourceId: 'HR-1', surname: 'Bakker', surnameNorm: 'bakker', surnameKey: 'bakker' });
      return queued!.id;
    });
    const outcome = await run(systemContext(t.services, { name: 'cli', municipality: DEN_HAAG }), importPersons, {
      source: 'Herstart',
      file: Readable.from([Buffer.from(csv('HR-1,Kees,,Bakker,,,,,,,,', 'HR-2,Anna,,Smit,,,,,,,,'))]),
      queuedImportId: importId,
    });
    expect(outcome).toMatchObject({ status: 'complete', rows: 2 });
    expect((await persons(DEN_HAAG)).map((p) => p.source_id).filter((id) => id.startsWith('HR-'))).toEqual(['HR-1', 'HR-2']);
  });

  it('lists the first 100 wrong rows and counts the rest', async () => {
    const outcome = await importInto(LEIDEN, 'Veel fouten', csv(...Array.from({ length: 150 }, (_, i) => `X-${i},,,,,,,,,,,`)));
    expect(outcome).toMatchObject({ status: 'refused', badRowCount: 150 });
    expect(outcome.status === 'refused' && outcome.badRows.length).toBe(100);
  });

  it('says in Dutch what is wrong with the file itself: its header, or a quote that is never closed', async () => {
    const header = await importInto(LEIDEN, 'Handhaving', 'bronId,naam\nHH-9,Jan\n');
    expect(header).toMatchObject({ status: 'refused', rows: 0, fileError: expect.stringMatching(/^De kopregel klopt niet \(ontbrekende kolommen: voornamen, .*onbekende kolommen: naam\)/) });
    const quote = await importInto(LEIDEN, 'Handhaving', csv('HH-9,Jan,,"Bakker,,,,,,,,'));
    expect(quote).toMatchObject({ status: 'refused', fileError: expect.stringMatching(/^Het bestand is geen geldige CSV rond regel \d+: een aanhalingsteken \(\"\) wordt niet gesloten\./) });
    expect(await importInto(LEIDEN, 'Handhaving', '')).toMatchObject({ status: 'refused', fileError: 'Het bestand is leeg: er staat zelfs geen kopregel in.' });
    expect((await persons(LEIDEN)).map((p) => p.source_id)).toEqual(['HH-3', 'VG-1']);
  });

  it('refuses an unknown municipality and a source without a usable name', async () => {
    await expect(importInto('GM9999', 'Handhaving', csv())).rejects.toThrow('Gemeentecode "GM9999" is onbekend');
    await expect(importInto(LEIDEN, '  ', csv())).rejects.toThrow('Geef de bron een naam van 1 tot 100 tekens');
  });
});
