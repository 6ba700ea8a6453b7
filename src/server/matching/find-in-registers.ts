import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  candidate,
  type Candidate,
  formatAddressParts,
  type NormalisedAddress,
  normaliseName,
  normaliseOrganisation,
  type OrganisationRecord,
  type PersonRecord,
  scoreAddress,
  scoreOrganisation,
  scorePerson,
} from '../../domain/matching';
import type { TxContext } from '../context/context';
import { registerAddresses, registerImports, registerOrganisations, registerPersons } from '../db/schema';

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

async function personRows(ctx: TxContext, where: SQL, orderBy?: SQL): Promise<PersonRow[]> {
  const query = ctx.tx
    .select(personColumns)
    .from(registerPersons)
    .innerJoin(registerImports, eq(registerImports.id, registerPersons.importId))
    .where(and(eq(registerImports.status, 'complete'), where));
  return (orderBy ? query.orderBy(orderBy) : query).limit(ROWS_TO_SCORE);
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

/**
 * The municipality's own records of a person: blocked on the surname's sound and its trigrams
 * (pg_trgm's `%`, on the GIN index), and on the year of birth when it is known, then scored.
 */
export async function findPersonsInRegister(ctx: TxContext, query: PersonRecord): Promise<Candidate[]> {
  const surnames = query.name.surnameParts.map((p) => p.surname).filter(Boolean);
  const byName = or(inArray(registerPersons.surnameKey, query.name.surnameKeys.filter(Boolean)), ...surnames.map((s) => sql`${registerPersons.surnameNorm} % ${s}`))!;
  const year = query.birthDate?.year;
  // A year one off is a typing error the score still recognises; no year in the record is no evidence.
  const byBirth = year ? sql`(${registerPersons.birthYear} is null or ${registerPersons.birthYear} between ${year - 1} and ${year + 1})` : sql`true`;
  // A common surname blocks thousands of rows (a million records hold thousands of Jansens): the
  // ones most like the whole name are scored, not the first 500 the database happens to read.
  const given = query.name.givenNames.length ? query.name.givenNames.join(' ') : query.name.initials.join(' ');
  const wholeName = `${given} ${query.name.surname}`.trim();
  const likeness = sql`similarity(coalesce(${registerPersons.givenNorm}, '') || ' ' || ${registerPersons.surnameNorm}, ${wholeName}::text) desc`;
  const rows = await personRows(ctx, and(byName, byBirth)!, likeness);
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

/** The BAG's address: by postcode and house number, or by street (trigrams) and house number. */
export async function findAddressesInBag(ctx: TxContext, query: NormalisedAddress): Promise<Candidate[]> {
  const where = query.postcode
    ? and(eq(registerAddresses.postcode, query.postcode), eq(registerAddresses.houseNumber, query.houseNumber))
    : query.street
      ? and(sql`${registerAddresses.streetNorm} % ${query.street}`, eq(registerAddresses.houseNumber, query.houseNumber))
      : undefined;
  if (!where) return [];
  const rows = await ctx.tx.select().from(registerAddresses).where(and(complete(registerAddresses.importId), where)).limit(ROWS_TO_SCORE);
  return rows.map((row) => {
    const address: NormalisedAddress = { ...storedAddress(row)!, street: row.streetNorm, place: row.place.toLowerCase() };
    return candidate('addresses', row.nummeraanduiding, `${formatAddressParts(row)} (BAG)`, scoreAddress(query, address));
  });
}

/** The KVK's organisations: by KVK number, by name (trigrams on name and trade names), or at an address. */
export async function findOrganisationsInKvk(ctx: TxContext, query: { organisation?: OrganisationRecord; address?: NormalisedAddress }): Promise<Candidate[]> {
  const { organisation, address } = query;
  const conditions: SQL[] = [];
  if (organisation?.kvkNumber) conditions.push(eq(registerOrganisations.kvkNumber, organisation.kvkNumber));
  // Word similarity (`<%`): the name typed is one of the names in name_norm (registered name and
  // trade names joined), so a long name_norm does not dilute it as plain similarity (`%`) does.
  if (organisation?.name.name) conditions.push(sql`${organisation.name.name}::text <% ${registerOrganisations.nameNorm}`);
  if (address?.postcode) conditions.push(and(eq(registerOrganisations.postcode, address.postcode), eq(registerOrganisations.houseNumber, address.houseNumber))!);
  if (conditions.length === 0) return [];
  const selected = ctx.tx
    .select()
    .from(registerOrganisations)
    .where(and(complete(registerOrganisations.importId), or(...conditions)));
  const name = organisation?.name.name;
  const rows = await (name ? selected.orderBy(sql`word_similarity(${name}::text, ${registerOrganisations.nameNorm}) desc`) : selected).limit(ROWS_TO_SCORE);
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
