import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { municipalities, registerAddresses, registerImports, registerPersons, registerPersonsStaging } from '../db/schema';
import { asSystem, inTenant, queryRows } from '../db/tenant';
import { openTestDatabase } from '../test-support/test-database';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
let database: Database;

/** A person record as an import of the municipality would write it (normalised columns included). */
const person = (municipality: string, importId: string, sourceId: string, surname: string) => ({
  municipality,
  importId,
  sourceId,
  surname,
  surnameNorm: surname.toLowerCase(),
  surnameKey: surname.toLowerCase(),
  postcode: '2311AB',
  houseNumber: 12,
});

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(municipalities).values([
    { code: LEIDEN, name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' },
    { code: DEN_HAAG, name: "'s-Gravenhage", region: 'eenheid-den-haag', subregion: 'haaglanden' },
  ]);
});
afterAll(() => database?.close());

describe('the registers in the database', () => {
  it('keeps a municipality\'s own records to that municipality, even for a hand-written query', async () => {
    const importOf = async (municipality: string) =>
      inTenant(database.db, municipality, async (tx) => {
        const [run] = await tx
          .insert(registerImports)
          .values({ municipality, register: 'persons', source: 'Handhaving', status: 'complete', startedAt: new Date() })
          .returning({ id: registerImports.id });
        await tx.insert(registerPersons).values(person(municipality, run!.id, `${municipality}-1`, 'Jansen'));
        return run!.id;
      });
    await importOf(LEIDEN);
    const denHaagImport = await importOf(DEN_HAAG);

    const seen = await inTenant(database.db, LEIDEN, (tx) => queryRows<{ source_id: string }>(tx, sql`select source_id from register_persons`));
    expect(seen).toEqual([{ source_id: `${LEIDEN}-1` }]);
    const imports = await inTenant(database.db, LEIDEN, (tx) => queryRows<{ municipality: string }>(tx, sql`select municipality from register_imports`));
    expect(imports).toEqual([{ municipality: LEIDEN }]);
    // Writing into another municipality's register, or deleting from it, does nothing or is refused.
    await expect(inTenant(database.db, LEIDEN, (tx) => tx.insert(registerPersons).values(person(DEN_HAAG, denHaagImport, 'x', 'Bakker')))).rejects.toThrow();
    const deleted = await inTenant(database.db, LEIDEN, (tx) => queryRows(tx, sql`delete from register_persons where municipality = ${DEN_HAAG} returning id`));
    expect(deleted).toEqual([]);
  });

  it('keeps the persons of an import still running (its staging table) to the municipality too', async () => {
    const stage = (municipality: string) => inTenant(database.db, municipality, (tx) => tx.insert(registerPersonsStaging).values(person(municipality, crypto.randomUUID(), `${municipality}-staged`, 'Jansen')));
    await stage(LEIDEN);
    await stage(DEN_HAAG);
    const seen = await inTenant(database.db, LEIDEN, (tx) => queryRows<{ source_id: string }>(tx, sql`select source_id from register_persons_staging`));
    expect(seen).toEqual([{ source_id: `${LEIDEN}-staged` }]);
    await expect(inTenant(database.db, LEIDEN, (tx) => tx.insert(registerPersonsStaging).values(person(DEN_HAAG, crypto.randomUUID(), 'x', 'Bakker')))).rejects.toThrow();
    const deleted = await inTenant(database.db, LEIDEN, (tx) => queryRows(tx, sql`delete from register_persons_staging where municipality = ${DEN_HAAG} returning source_id`));
    expect(deleted).toEqual([]);
  });

  it('lets every municipality read the public registers, and none write them', async () => {
    const importId = await asSystem(database.db, async (tx) => {
      const [run] = await tx
        .insert(registerImports)
        .values({ municipality: null, register: 'addresses', source: 'BAG', status: 'complete', startedAt: new Date() })
        .returning({ id: registerImports.id });
      await tx.insert(registerAddresses).values({ importId: run!.id, nummeraanduiding: '0546200000000001', street: 'Breestraat', houseNumber: 12, houseLetter: 'a', postcode: '2311AB', place: 'Leiden', streetNorm: 'breestraat' });
      return run!.id;
    });
    for (const municipality of [LEIDEN, DEN_HAAG]) {
      const rows = await inTenant(database.db, municipality, (tx) => queryRows<{ street: string }>(tx, sql`select street from register_addresses`));
      expect(rows).toEqual([{ street: 'Breestraat' }]);
      const imports = await inTenant(database.db, municipality, (tx) => queryRows<{ register: string }>(tx, sql`select register from register_imports where municipality is null`));
      expect(imports).toEqual([{ register: 'addresses' }]);
    }
    await expect(
      inTenant(database.db, LEIDEN, (tx) => tx.insert(registerAddresses).values({ importId, nummeraanduiding: '2', street: 'Nep', houseNumber: 1, place: 'Leiden', streetNorm: 'nep' })),
    ).rejects.toThrow();
    await expect(inTenant(database.db, LEIDEN, (tx) => queryRows(tx, sql`update register_imports set status = 'failed' where municipality is null returning id`))).rejects.toThrow();
  });

  it('has the name search of PostgreSQL: trigrams, phonetic codes and accent folding', async () => {
    const [row] = await inTenant(database.db, LEIDEN, (tx) =>
      queryRows<{ similar: number; distance: number; folded: string }>(
        tx,
        sql`select round(similarity('janssen', 'jansen')::numeric, 2)::float as similar, levenshtein('berg', 'burg') as distance, unaccent('Yılmaz Müller Nguyễn') as folded`,
      ),
    );
    expect(row).toEqual({ similar: 0.67, distance: 1, folded: 'Yilmaz Muller Nguyen' });
  });
});
