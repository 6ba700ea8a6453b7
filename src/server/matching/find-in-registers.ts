import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  candidate,
  deletionKeys,
  type Candidate,
  formatAddressParts,
  type NormalisedAddress,
  normaliseName,
  normaliseOrganisation,
  normalisePlace,
  organisationWords,
  type OrganisationRecord,
  type PersonRecord,
  scoreAddress,
  scoreOrganisation,
  scorePerson,
  surnameSearchKeys,
} from '../../domain/matching';
import type { RegisterAddress } from '../../domain/registers/address-row';
import type { RegisterPerson } from '../../domain/registers/person-row';
import type { TxContext } from '../context/context';
import { registerImports, registerOrganisations } from '../db/schema';
import { queryRows, queryRowsPrepared } from '../db/tenant';

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


/** A person of the municipality's own records, as a search reads it (PERSON_SELECT), with the source system's name. */
type PersonRow = Omit<RegisterPerson, 'description' | 'surnameNorm' | 'givenNorm' | 'surnameKey'> & { source: string };

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
 * How many of the persons in the block, best first by the database's ranking, are scored: the
 * ranking is close enough to the score that 20 find as many as 100 did (npm run bench:matching),
 * at a fifth of the scoring.
 */
const PERSONS_TO_SCORE = 20;
/** Above this many persons a surname is narrowed by the first letter of the given name. */
const COMMON_SURNAME = 200;

/** How many of the surnames sharing a key with the one searched are looked at, the closest first. */
const SIMILAR_SURNAMES = 40;

/** The columns of a register's person a search reads, ranks and scores. */
const BLOCK_COLUMNS = sql.raw(
  'p.source_id, p.given_names, p.prefix, p.surname, p.birth_year, p.birth_month, p.birth_day, p.street, p.house_number, p.house_letter, p.addition, p.postcode, p.place, p.given_norm, p.surname_norm, p.import_id',
);
/** The same, named as in PersonRow. */
const PERSON_SELECT = sql.raw(
  `p.source_id as "sourceId", p.given_names as "givenNames", p.prefix, p.surname, p.birth_year as "birthYear",
   p.birth_month as "birthMonth", p.birth_day as "birthDay", p.street, p.house_number as "houseNumber",
   p.house_letter as "houseLetter", p.addition, p.postcode, p.place, i.source`,
);
/** The letters of a register's given names ("johannes petrus" → "jp"), to rank a search by initials. */
const REGISTER_INITIALS = sql.raw(`regexp_replace(coalesce(p.given_norm, ''), '([a-z])[a-z]*[^a-z]*', '\\1', 'g')`);

/**
 * The municipality's own records of a person, in one statement. The surnames like the one searched
 * are those sharing a search key with it (register_surname_keys: the same form, one typing error
 * apart, the same sound; docs/decisions/0015-surname-search-keys.md), the fewest typing errors
 * first. The block is the persons with those surnames, with the year of birth near the one
 * searched when it is known (a year off is a typing error the score still recognises; no year in
 * the record is no evidence), and, with a whole date of birth, everyone born that day whatever
 * their name. Of a common surname without a date of birth only the persons with the same first
 * initial are looked at. Each surname is read on its own from an index — (surname, year of birth),
 * (surname, first initial) — and the day from (year, month, day). The database ranks the block
 * roughly as the score would and only the best rows are scored here.
 */
export async function findPersonsInRegister(ctx: TxContext, query: PersonRecord): Promise<Candidate[]> {
  const { name } = query;
  const keys = surnameSearchKeys(name.surnameParts);
  const date = query.birthDate;
  if (keys.length === 0 && !date?.day) return [];
  const given = name.givenNames.length ? name.givenNames.join(' ') : name.initials.join(' ');
  const initial = name.initials[0];
  const narrowCommon = Boolean(initial && !date);

  const nearYear = date ? sql` and (p.birth_year is null or p.birth_year between ${date.year - 1} and ${date.year + 1})` : sql``;
  // offset 0 keeps each surname's look-up on its own, on the index, whatever the planner guesses.
  const perSurname = (where: SQL, condition: SQL) =>
    sql`select x.* from alike a cross join lateral (select ${BLOCK_COLUMNS} from register_persons p where p.surname_norm = a.surname_norm${condition} offset 0) x where ${where}`;
  const branches: SQL[] = [];
  if (keys.length) {
    branches.push(perSurname(narrowCommon ? sql`a.persons <= ${COMMON_SURNAME}` : sql`true`, nearYear));
    if (narrowCommon) branches.push(perSurname(sql`a.persons > ${COMMON_SURNAME}`, sql` and coalesce(left(p.given_norm, 1), '') in (${initial}, '')`));
  }
  if (date?.month && date.day) branches.push(sql`select ${BLOCK_COLUMNS} from register_persons p where p.birth_year = ${date.year} and p.birth_month = ${date.month} and p.birth_day = ${date.day}`);

  // An unknown part is no bonus, never NULL, which would sort first.
  const wholeName = `${given} ${name.surname}`.trim();
  const sameDate = date
    ? sql` + (p.birth_year is not distinct from ${date.year}::int)::int * 0.3${date.month ? sql` + (p.birth_month is not distinct from ${date.month}::int)::int * 0.4` : sql``}${date.day ? sql` + (p.birth_day is not distinct from ${date.day}::int)::int * 0.3` : sql``}`
    : sql``;
  const initials = name.givenNames.length === 0 && name.initials.length ? name.initials.join('') : '';
  const sameInitials = initials ? sql` + (left(${REGISTER_INITIALS}, ${initials.length}) = ${initials})::int * 0.5` : sql``;
  const forms = keys.filter((k) => k.edits === 0).map((k) => k.key);
  const rows = await queryRowsPrepared<PersonRow>(
    ctx.tx,
    sql`with alike as (
          select k.surname_norm, max(k.persons) as persons
          from register_surname_keys k where k.key = any(${sql.param(keys.map((k) => k.key))}::text[])
          group by k.surname_norm
          order by min(k.edits + case when k.key = any(${sql.param(forms)}::text[]) then 0 else 1 end), similarity(k.surname_norm, ${name.surname}::text) desc
          limit ${SIMILAR_SURNAMES}
        ), block as (${sql.join(branches, sql` union `)})
        select ${PERSON_SELECT}
        from block p join register_imports i on i.id = p.import_id and i.status = 'complete'
        order by similarity(coalesce(p.given_norm, '') || ' ' || p.surname_norm, ${wholeName}::text)${sameDate}${sameInitials} desc
        limit ${PERSONS_TO_SCORE}`,
  );
  return rows.map((row) => candidate('persons', row.sourceId!, personLabel(row), scorePerson(query, personRecord(row))));
}

/** A list of rows as one JSON value, so that several lists come back in one statement. */
const asJson = (select: SQL) => sql`(select coalesce(json_agg(x), '[]'::json) from (${select} limit ${ROWS_TO_SCORE}) x)`;

/** How many of the BAG's streets like the one typed are looked at. */
const SIMILAR_STREETS = 30;

/** The BAG's address, as a search reads it. */
type BagRow = Omit<RegisterAddress, 'municipalityName'>;
const BAG_SELECT = sql.raw(
  `a.nummeraanduiding, a.street, a.house_number as "houseNumber", a.house_letter as "houseLetter", a.addition, a.postcode, a.place, a.street_norm as "streetNorm"`,
);
const ORGANISATION_SELECT = sql.raw(
  `o.id, o.kvk_number as "kvkNumber", o.branch_number as "branchNumber", o.name, o.trade_names as "tradeNames", o.street,
   o.house_number as "houseNumber", o.house_letter as "houseLetter", o.addition, o.postcode, o.place`,
);

/**
 * Everything known at an address, in one statement (a search is a handful of round trips, each a
 * good part of its time): who lives there in the municipality's own records, the BAG's address and
 * the KVK's establishments there, by postcode and house number. Without a postcode only the BAG
 * can answer: its addresses on the streets most like the one typed (trigrams over the distinct
 * street names), with that house number.
 */
export async function findAtAddress(ctx: TxContext, query: NormalisedAddress): Promise<Candidate[]> {
  const { postcode, houseNumber, street } = query;
  const joinComplete = (alias: string) => sql.raw(`join register_imports i on i.id = ${alias}.import_id and i.status = 'complete'`);
  let lists: SQL;
  if (postcode) {
    const at = (alias: string) => sql`${sql.raw(alias)}.postcode = ${postcode} and ${sql.raw(alias)}.house_number = ${houseNumber}`;
    lists = sql`select ${asJson(sql`select ${PERSON_SELECT} from register_persons p ${joinComplete('p')} where ${at('p')}`)} as persons,
      ${asJson(sql`select ${BAG_SELECT} from register_addresses a ${joinComplete('a')} where ${at('a')}`)} as addresses,
      ${asJson(sql`select ${ORGANISATION_SELECT} from register_organisations o ${joinComplete('o')} where ${at('o')}`)} as organisations`;
  } else if (street) {
    // The closest streets first: a common street name with a typo has more addresses with that number than are scored.
    const streets = sql`select street_norm, max(similarity(s.street_norm, ${street}::text)) as likeness
      from register_streets s ${joinComplete('s')} where s.street_norm % ${street}::text
      group by street_norm order by likeness desc limit ${SIMILAR_STREETS}`;
    lists = sql`select '[]'::json as persons,
      ${asJson(sql`select ${BAG_SELECT} from (${streets}) s join register_addresses a on a.street_norm = s.street_norm and a.house_number = ${houseNumber} ${joinComplete('a')} order by s.likeness desc`)} as addresses,
      '[]'::json as organisations`;
  } else return [];
  const [found] = await queryRowsPrepared<{ persons: PersonRow[]; addresses: BagRow[]; organisations: OrganisationRow[] }>(ctx.tx, lists);
  return [
    ...found!.persons.flatMap((row) => {
      const address = storedAddress(row);
      return address ? [candidate('persons', row.sourceId!, `${personLabel(row)} · ${formatAddressParts({ ...row, houseNumber: address.houseNumber })}`, scoreAddress(query, address))] : [];
    }),
    ...found!.addresses.map((row) => {
      const address: NormalisedAddress = { ...storedAddress(row)!, street: row.streetNorm, place: normalisePlace(row.place) };
      return candidate('addresses', row.nummeraanduiding, `${formatAddressParts(row)} (BAG)`, scoreAddress(query, address));
    }),
    ...found!.organisations.map((row) => organisationCandidate(row, { address: query })),
  ];
}

/** How many organisations found by name are handed over for scoring, the most alike first. */
const ORGANISATIONS_BY_NAME = 100;
/** How many of the words sharing a key with a word of the name searched are looked at, the closest first. */
const SIMILAR_WORDS = 30;
/**
 * The words of the name searched are read rarest first while the organisations having them add up
 * to at most this many (the rarest always): the rarest word alone finds the organisation, a second
 * one finds it when the first is not in its name ("Bakkerij Jansen Leiden").
 */
const ORGANISATIONS_TO_READ = 4000;

/**
 * The organisations with a name (registered or trade name) like this one, most alike first, in one
 * statement. The words like each word of the name are those sharing a search key with it
 * (register_organisation_word_keys: the same word or one typing error apart;
 * docs/decisions/0016-organisation-name-keys.md), the fewest typing errors first. Of the words of
 * the name only the rarest are read, from (word) on register_organisation_words, and the
 * organisations having them are ranked by trigram similarity of the name they were found in.
 */
async function organisationsNamed(ctx: TxContext, name: string): Promise<number[]> {
  const words = organisationWords(name);
  const keys = words.flatMap((word, n) => deletionKeys(word).map((k) => ({ n, word, ...k })));
  if (keys.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    ctx.tx,
    sql`with q as (
          select * from unnest(${sql.param(keys.map((k) => k.n))}::int[], ${sql.param(keys.map((k) => k.word))}::text[], ${sql.param(keys.map((k) => k.key))}::text[], ${sql.param(keys.map((k) => k.edits))}::int[]) as q(n, word, key, edits)
        ), alike as (
          select n, word, organisations from (
            select q.n, k.word, max(k.organisations) as organisations,
              row_number() over (partition by q.n order by min(q.edits + k.edits), similarity(k.word, q.word) desc) as closeness
            from q join register_organisation_word_keys k on k.key = q.key
            group by q.n, q.word, k.word
          ) s where closeness <= ${SIMILAR_WORDS}
        ), rarest as (
          select n from (
            select n, sum(sum(organisations)) over (order by sum(organisations), n) as running, row_number() over (order by sum(organisations), n) as rank
            from alike group by n
          ) t where rank = 1 or running <= ${ORGANISATIONS_TO_READ}
        ), named as (
          select x.organisation_id, max(similarity(x.name_norm, ${name}::text)) as likeness
          from (select distinct a.word from alike a join rarest r on r.n = a.n) a
          cross join lateral (select w.organisation_id, w.name_norm, w.import_id from register_organisation_words w where w.word = a.word offset 0) x
          join register_imports i on i.id = x.import_id and i.status = 'complete'
          group by x.organisation_id
        )
        select organisation_id::text as id from named order by likeness desc limit ${ORGANISATIONS_BY_NAME}`,
  );
  return rows.map((r) => Number(r.id));
}

/** The KVK's establishment, as a search reads it. */
type OrganisationRow = Pick<typeof registerOrganisations.$inferSelect, 'id' | 'kvkNumber' | 'branchNumber' | 'name' | 'tradeNames' | 'street' | 'houseNumber' | 'houseLetter' | 'addition' | 'postcode' | 'place'>;

/** The KVK's establishment as a candidate: for an organisation searched by name or number, or for an address. */
function organisationCandidate(row: OrganisationRow, query: { organisation: OrganisationRecord } | { address: NormalisedAddress }): Candidate {
  const stored = storedAddress(row);
  const label = `${row.name} (KVK ${row.kvkNumber})${stored ? `, ${formatAddressParts({ ...row, houseNumber: stored.houseNumber })}` : ''}`;
  const id = row.branchNumber ?? row.kvkNumber;
  if ('address' in query) return candidate('organisations', id, label, scoreAddress(query.address, stored ?? { houseNumber: 0 }));
  // A trade name counts as much as the registered name: compare with each, keep the best.
  const best = [row.name, ...row.tradeNames]
    .map((name) => {
      const record: OrganisationRecord = { name: normaliseOrganisation(name), kvkNumber: row.kvkNumber };
      if (row.branchNumber) record.vestigingsnummer = row.branchNumber;
      if (stored) record.address = stored;
      return scoreOrganisation(query.organisation, record);
    })
    .sort((x, y) => y.score - x.score)[0]!;
  return candidate('organisations', id, label, best);
}

/** The KVK's organisations by KVK number or by name (words of the name and trade names). */
export async function findOrganisationsInKvk(ctx: TxContext, organisation: OrganisationRecord): Promise<Candidate[]> {
  const conditions: SQL[] = [];
  if (organisation.kvkNumber) conditions.push(eq(registerOrganisations.kvkNumber, organisation.kvkNumber));
  if (organisation.name.name) {
    const named = await organisationsNamed(ctx, organisation.name.name);
    if (named.length) conditions.push(inArray(registerOrganisations.id, named));
  }
  if (conditions.length === 0) return [];
  const rows = await ctx.tx
    .select()
    .from(registerOrganisations)
    .where(and(complete(registerOrganisations.importId), or(...conditions)))
    .limit(ROWS_TO_SCORE);
  return rows.map((row) => organisationCandidate(row, { organisation }));
}
