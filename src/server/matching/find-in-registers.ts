import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  candidate,
  type Candidate,
  formatAddressParts,
  lettersOnly,
  type NormalisedName,
  type NormalisedAddress,
  normaliseName,
  normaliseOrganisation,
  normalisePlace,
  type OrganisationRecord,
  type PersonRecord,
  scoreAddress,
  scoreOrganisation,
  scorePerson,
} from '../../domain/matching';
import type { TxContext } from '../context/context';
import { registerAddresses, registerImports, registerOrganisationNames, registerOrganisations, registerPersons, registerStreets } from '../db/schema';
import { queryRows } from '../db/tenant';

/** How many rows the database hands over for scoring; the blocking keys keep real searches far below it. */
const ROWS_TO_SCORE = 500;

/** Rows of complete imports only: a running or refused import is never half visible. */
const complete = (importId: AnyPgColumn) => inArray(importId, sql`(select ${registerImports.id} from ${registerImports} where ${registerImports.status} = 'complete')`);


function storedAddress(row: { postcode: string | null; houseNumber: number | null; houseLetter: string | null; addition: string | null; street?: string | null; place?: string | null }): NormalisedAddress | undefined {
  if (row.houseNumber === null) return undefined;
  const address: NormalisedAddress = { houseNumber: row.houseNumber };
  if (row.postcode) address.postcode = row.postcode;
  if (row.houseLetter) address.houseLetter = row.houseLetter;
  if (row.addition) address.addition = row.addition;
  return address;
}


const personColumns = {
  sourceId: registerPersons.sourceId,
  givenNames: registerPersons.givenNames,
  prefix: registerPersons.prefix,
  surname: registerPersons.surname,
  birthYear: registerPersons.birthYear,
  birthMonth: registerPersons.birthMonth,
  birthDay: registerPersons.birthDay,
  street: registerPersons.street,
  houseNumber: registerPersons.houseNumber,
  houseLetter: registerPersons.houseLetter,
  addition: registerPersons.addition,
  postcode: registerPersons.postcode,
  place: registerPersons.place,
  source: registerImports.source,
};
type PersonRow = { [K in keyof typeof personColumns]: (typeof personColumns)[K]['_']['data'] | null };

async function personRows(ctx: TxContext, where: SQL, orderBy?: SQL, limit = ROWS_TO_SCORE): Promise<PersonRow[]> {
  const query = ctx.tx
    .select(personColumns)
    .from(registerPersons)
    .innerJoin(registerImports, eq(registerImports.id, registerPersons.importId))
    .where(and(eq(registerImports.status, 'complete'), where));
  return (orderBy ? query.orderBy(orderBy) : query).limit(limit);
}

function personRecord(row: PersonRow): PersonRecord {
  // The same reading of the name as the import's (src/domain/registers/person-row.ts).
  const record: PersonRecord = { name: normaliseName(`${row.prefix ? `${row.surname} ${row.prefix}` : row.surname}, ${row.givenNames ?? ''}`) };
  if (row.birthYear) record.birthDate = { year: row.birthYear, ...(row.birthMonth ? { month: row.birthMonth } : {}), ...(row.birthDay ? { day: row.birthDay } : {}) };
  const address = storedAddress(row);
  if (address) record.address = address;
  return record;
}

function personLabel(row: PersonRow): string {
  const name = [row.givenNames, row.prefix, row.surname].filter(Boolean).join(' ');
  const born = row.birthYear ? ` (${[row.birthYear, row.birthMonth, row.birthDay].filter(Boolean).map((n, i) => (i ? String(n).padStart(2, '0') : n)).join('-')})` : '';
  return `${name}${born} · ${row.source}`;
}

/** The expression of the index register_persons_given_initial_idx: no given name is ''. */
const givenInitial = sql`coalesce(left(${registerPersons.givenNorm}, 1), '')`;

/** How many of the municipality's surnames like the one searched are looked at. */
const SIMILAR_SURNAMES = 25;
/** `column = any(array)`: one parameter for the list, where IN binds one per surname. */
const anyOf = (column: AnyPgColumn, values: string[]) => sql`${column} = any(${sql.param(values)}::text[])`;

/** How many of the persons in the block, best first by the database's ranking, are scored. */
const PERSONS_TO_SCORE = 100;
/** Above this many persons a surname is narrowed by the first letter of the given name. */
const COMMON_SURNAME = 200;

/**
 * The surnames in the municipality's own records like the one searched: the same sound, alike in
 * trigrams (typos), or the same letters with the tussenvoegsel typed against it ("Devries").
 * Searched among the distinct surnames (register_surnames), tens of thousands, not the million
 * records.
 */
function similarSurnamesQuery(name: NormalisedName): SQL {
  const parts = name.surnameParts.map((p) => p.surname).filter(Boolean);
  const joined = lettersOnly(`${name.prefix}${name.surname}`);
  const keys = name.surnameKeys.filter(Boolean);
  // A function of the database (migration 0015): under row-level security the trigram indexes
  // would not be used.
  return sql`select surname, persons from register_similar_surnames(${sql.param(keys)}::text[], ${sql.param(parts)}::text[], ${joined}::text, ${SIMILAR_SURNAMES}::integer)`;
}

/**
 * The municipality's own records of a person. Blocked on the surnames like the one searched, with
 * the year of birth near the one searched when it is known (a year off is a typing error the score
 * still recognises; no year in the record is no evidence), and, with a whole date of birth, on
 * everyone born that day whatever their name. Of a common surname without a date of birth only the
 * persons with the same first initial are looked at. The rows most like the whole name are scored.
 */
export async function findPersonsInRegister(ctx: TxContext, query: PersonRecord): Promise<Candidate[]> {
  const given = query.name.givenNames.length ? query.name.givenNames.join(' ') : query.name.initials.join(' ');
  const wholeName = `${given} ${query.name.surname}`.trim();
  const date = query.birthDate;
  // The database ranks the block as the score roughly would (the whole name, and a date of birth
  // that agrees; an unknown part is no bonus, never NULL, which would sort first), so only the
  // best few are read and scored here.
  const sameYear = date ? sql` + (${registerPersons.birthYear} is not distinct from ${date.year}::int)::int * 0.3` : sql``;
  const sameMonth = date?.month ? sql` + (${registerPersons.birthMonth} is not distinct from ${date.month}::int)::int * 0.4` : sql``;
  const sameDay = date?.day ? sql` + (${registerPersons.birthDay} is not distinct from ${date.day}::int)::int * 0.3` : sql``;
  const likeness = sql`similarity(coalesce(${registerPersons.givenNorm}, '') || ' ' || ${registerPersons.surnameNorm}, ${wholeName}::text)${sameYear}${sameMonth}${sameDay} desc`;
  const surnames = await queryRows<{ surname: string; persons: number }>(ctx.tx, similarSurnamesQuery(query.name));
  const initial = query.name.initials[0];
  const common = initial && !date ? surnames.filter((s) => s.persons > COMMON_SURNAME).map((s) => s.surname) : [];
  const rare = surnames.map((s) => s.surname).filter((s) => !common.includes(s));
  // Each branch fits an index: (surname, year of birth), (surname, first initial) and (year,
  // month, day of birth).
  const nearYear = date ? sql`(${registerPersons.birthYear} is null or ${registerPersons.birthYear} between ${date.year - 1} and ${date.year + 1})` : undefined;
  const block = or(
    rare.length ? and(anyOf(registerPersons.surnameNorm, rare), nearYear) : undefined,
    common.length ? and(anyOf(registerPersons.surnameNorm, common), sql`${givenInitial} in (${initial}, '')`) : undefined,
    date?.month && date.day ? and(eq(registerPersons.birthYear, date.year), eq(registerPersons.birthMonth, date.month), eq(registerPersons.birthDay, date.day)) : undefined,
  );
  if (!block) return [];
  const rows = await personRows(ctx, block, likeness, PERSONS_TO_SCORE);
  return rows.map((row) => candidate('persons', row.sourceId!, personLabel(row), scorePerson(query, personRecord(row))));
}

/** Who in the municipality's own records lives at this address. */
export async function findPersonsAtAddress(ctx: TxContext, query: NormalisedAddress): Promise<Candidate[]> {
  if (!query.postcode) return [];
  const rows = await personRows(ctx, and(eq(registerPersons.postcode, query.postcode), eq(registerPersons.houseNumber, query.houseNumber))!);
  return rows.flatMap((row) => {
    const address = storedAddress(row);
    return address ? [candidate('persons', row.sourceId!, `${personLabel(row)} · ${formatAddressParts({ ...row, houseNumber: address.houseNumber })}`, scoreAddress(query, address))] : [];
  });
}

/** How many of the BAG's streets like the one typed are looked at. */
const SIMILAR_STREETS = 30;

/** The BAG's streets most like this one (trigrams), among the distinct street names. */
async function similarStreets(ctx: TxContext, street: string): Promise<string[]> {
  const rows = await ctx.tx
    .selectDistinct({ street: registerStreets.streetNorm, likeness: sql<number>`similarity(${registerStreets.streetNorm}, ${street}::text)` })
    .from(registerStreets)
    .where(and(complete(registerStreets.importId), sql`${registerStreets.streetNorm} % ${street}`))
    .orderBy(sql`2 desc`)
    .limit(SIMILAR_STREETS);
  return rows.map((r) => r.street);
}

/** The BAG's address: by postcode and house number, or by a street like the one typed and house number. */
export async function findAddressesInBag(ctx: TxContext, query: NormalisedAddress): Promise<Candidate[]> {
  let where: SQL | undefined;
  if (query.postcode) where = and(eq(registerAddresses.postcode, query.postcode), eq(registerAddresses.houseNumber, query.houseNumber));
  else if (query.street) {
    const streets = await similarStreets(ctx, query.street);
    if (streets.length) where = and(anyOf(registerAddresses.streetNorm, streets), eq(registerAddresses.houseNumber, query.houseNumber));
  }
  if (!where) return [];
  const rows = await ctx.tx.select().from(registerAddresses).where(and(complete(registerAddresses.importId), where)).limit(ROWS_TO_SCORE);
  return rows.map((row) => {
    const address: NormalisedAddress = { ...storedAddress(row)!, street: row.streetNorm, place: normalisePlace(row.place) };
    return candidate('addresses', row.nummeraanduiding, `${formatAddressParts(row)} (BAG)`, scoreAddress(query, address));
  });
}

/** How alike a name must be (pg_trgm similarity) to be looked at; typos and dropped legal forms stay far above it. */
const ORGANISATION_NAME_THRESHOLD = 0.45;
const ORGANISATIONS_BY_NAME = 100;

/** The organisations with a name (registered or trade name) like this one, most alike first. */
async function organisationsNamed(ctx: TxContext, name: string): Promise<number[]> {
  // Names with common words ("bouwbedrijf", "holding") share many trigrams; the stricter threshold
  // keeps the index from handing over thousands of them to compare.
  await ctx.tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(ORGANISATION_NAME_THRESHOLD)}, true)`);
  const rows = await ctx.tx
    .select({ id: registerOrganisationNames.organisationId })
    .from(registerOrganisationNames)
    .where(and(complete(registerOrganisationNames.importId), sql`${registerOrganisationNames.nameNorm} % ${name}`))
    .orderBy(sql`similarity(${registerOrganisationNames.nameNorm}, ${name}::text) desc`)
    .limit(ORGANISATIONS_BY_NAME);
  // Back to pg_trgm's default, which the surname and street searches in this transaction use.
  await ctx.tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.3', true)`);
  return rows.map((r) => r.id);
}

/** The KVK's organisations: by KVK number, by name (trigrams on name and trade names), or at an address. */
export async function findOrganisationsInKvk(ctx: TxContext, query: { organisation?: OrganisationRecord; address?: NormalisedAddress }): Promise<Candidate[]> {
  const { organisation, address } = query;
  const conditions: SQL[] = [];
  if (organisation?.kvkNumber) conditions.push(eq(registerOrganisations.kvkNumber, organisation.kvkNumber));
  if (organisation?.name.name) {
    const named = await organisationsNamed(ctx, organisation.name.name);
    if (named.length) conditions.push(inArray(registerOrganisations.id, named));
  }
  if (address?.postcode) conditions.push(and(eq(registerOrganisations.postcode, address.postcode), eq(registerOrganisations.houseNumber, address.houseNumber))!);
  if (conditions.length === 0) return [];
  const selected = ctx.tx
    .select()
    .from(registerOrganisations)
    .where(and(complete(registerOrganisations.importId), or(...conditions)));
  const rows = await selected.limit(ROWS_TO_SCORE);
  return rows.map((row) => {
    const stored = storedAddress(row);
    const label = `${row.name} (KVK ${row.kvkNumber})${stored ? `, ${formatAddressParts({ ...row, houseNumber: stored.houseNumber })}` : ''}`;
    const id = row.branchNumber ?? row.kvkNumber;
    if (!organisation) return candidate('organisations', id, label, scoreAddress(address!, stored ?? { houseNumber: 0 }));
    // A trade name counts as much as the registered name: compare with each, keep the best.
    const best = [row.name, ...row.tradeNames]
      .map((name) => {
        const record: OrganisationRecord = { name: normaliseOrganisation(name), kvkNumber: row.kvkNumber };
        if (row.branchNumber) record.vestigingsnummer = row.branchNumber;
        if (stored) record.address = stored;
        return scoreOrganisation(organisation, record);
      })
      .sort((a, b) => b.score - a.score)[0]!;
    return candidate('organisations', id, label, best);
  });
}
