import { normaliseName, parseDate, parsePostcode, type Parsed } from '../matching';
import { fieldReader, headerProblems, readHouseNumberParts } from './register-fields';

/**
 * The municipality's own records of persons, as its systems export them (issue 8): one CSV with
 * exactly these columns, in any order. The names are Dutch because the people who make the export
 * read them.
 */
export const PERSON_COLUMNS = [
  'bronId',
  'voornamen',
  'voorvoegsel',
  'geslachtsnaam',
  'geboortedatum',
  'straatnaam',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'woonplaats',
  'omschrijving',
] as const;
export type PersonColumn = (typeof PERSON_COLUMNS)[number];
export type PersonRow = Partial<Record<PersonColumn, string>>;

/** A person record as it is stored: the fields as given, and the normalised forms a search compares. */
export interface RegisterPerson {
  sourceId: string;
  givenNames: string | null;
  prefix: string | null;
  surname: string;
  birthYear: number | null;
  birthMonth: number | null;
  birthDay: number | null;
  street: string | null;
  houseNumber: number | null;
  houseLetter: string | null;
  addition: string | null;
  postcode: string | null;
  place: string | null;
  description: string | null;
  surnameNorm: string;
  givenNorm: string | null;
  surnameKey: string;
}

/** A description may say more than a field. */
const MAX_DESCRIPTION = 2000;

/** The header must name every column once; extra columns are refused so a wrong export is noticed. */
export function checkPersonHeader(header: readonly string[]): Parsed<void> {
  const problems = headerProblems(header, PERSON_COLUMNS, 'refused');
  if (problems.length === 0) return { ok: true, value: undefined };
  return { ok: false, error: `De kopregel klopt niet (${problems.join('; ')}). Verwacht: ${PERSON_COLUMNS.join(',')}.` };
}

/** One row into a record, or every reason it cannot be one, in Dutch (the line number is the caller's). */
export function readPersonRow(row: PersonRow): Parsed<RegisterPerson> {
  const problems: string[] = [];
  const field = fieldReader<PersonColumn>(row, problems);
  const sourceId = field('bronId');
  const givenNames = field('voornamen');
  const prefix = field('voorvoegsel');
  const surname = field('geslachtsnaam');
  const birth = field('geboortedatum');
  const street = field('straatnaam');
  const number = field('huisnummer');
  const letter = field('huisletter');
  const addition = field('huisnummertoevoeging');
  const postcodeText = field('postcode');
  const place = field('woonplaats');
  const description = field('omschrijving', MAX_DESCRIPTION);
  if (!sourceId) problems.push('bronId ontbreekt');
  if (!surname) problems.push('geslachtsnaam ontbreekt');

  const date = birth ? parseDate(birth) : null;
  if (date && !date.ok) problems.push(`geboortedatum: ${date.error}`);
  if (date?.ok && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(birth ?? '')) problems.push(`geboortedatum "${birth}": schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ`);

  const postcode = postcodeText ? parsePostcode(postcodeText) : null;
  if (postcode && !postcode.ok) problems.push(`postcode: ${postcode.error}`);
  const address = readHouseNumberParts(number, letter, addition, problems);

  if (problems.length > 0 || !sourceId || !surname) return { ok: false, error: problems.join('; ') };
  // The register's own form ("Berg, Jan van den") keeps given names and surname apart as exported.
  const name = normaliseName(`${prefix ? `${surname} ${prefix}` : surname}, ${givenNames ?? ''}`);
  const when = date?.ok ? date.value : null;
  return {
    ok: true,
    value: {
      sourceId,
      givenNames,
      prefix,
      surname,
      birthYear: when?.year ?? null,
      birthMonth: when?.month ?? null,
      birthDay: when?.day ?? null,
      street,
      houseNumber: address?.houseNumber ?? null,
      houseLetter: address?.houseLetter ?? null,
      addition: address?.addition ?? null,
      postcode: postcode?.ok ? postcode.value : null,
      place,
      description,
      surnameNorm: name.surname,
      givenNorm: name.givenNames.length ? name.givenNames.join(' ') : null,
      surnameKey: name.surnameKey,
    },
  };
}
