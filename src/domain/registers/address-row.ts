import { normaliseStreet, parsePostcode, type Parsed } from '../matching';
import { fieldReader, headerProblems, readHouseNumberParts } from './register-fields';

/**
 * The BAG's addresses as NLExtract exports them ("bagadres" / "bagadres-full" CSV): semicolon-
 * separated, UTF-8, PostgreSQL's CSV quoting, with the header of NLExtract's
 * bag/db/script/adres-full2csv.sql (openbareruimte;huisnummer;huisletter;huisnummertoevoeging;
 * postcode;woonplaats;gemeente;provincie;nummeraanduiding;verblijfsobjectgebruiksdoel;…;lon;lat).
 * These columns must be present; the rest (use, surface, coordinates) is not needed and ignored.
 */
export const ADDRESS_COLUMNS = [
  'openbareruimte',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'woonplaats',
  'gemeente',
  'provincie',
  'nummeraanduiding',
] as const;
export type AddressColumn = (typeof ADDRESS_COLUMNS)[number];
export type AddressRow = Partial<Record<AddressColumn, string>>;

/** An address as it is stored: the BAG's fields, and the folded street a search compares. */
export interface RegisterAddress {
  nummeraanduiding: string;
  street: string;
  houseNumber: number;
  houseLetter: string | null;
  addition: string | null;
  postcode: string | null;
  place: string;
  municipalityName: string | null;
  streetNorm: string;
}

export function checkAddressHeader(header: readonly string[]): Parsed<void> {
  const problems = headerProblems(header, ADDRESS_COLUMNS, 'allowed');
  if (problems.length === 0) return { ok: true, value: undefined };
  return { ok: false, error: `De kopregel klopt niet (${problems.join('; ')}). Verwacht het bagadres-bestand van NLExtract, met puntkomma's en ten minste de kolommen ${ADDRESS_COLUMNS.join(';')}.` };
}

/** One row into an address, or every reason it cannot be one, in Dutch. */
export function readAddressRow(row: AddressRow): Parsed<RegisterAddress> {
  const problems: string[] = [];
  const field = fieldReader<AddressColumn>(row, problems);
  const id = field('nummeraanduiding');
  const street = field('openbareruimte');
  const number = field('huisnummer');
  const letter = field('huisletter');
  const addition = field('huisnummertoevoeging');
  const postcodeText = field('postcode');
  const place = field('woonplaats');
  const municipalityName = field('gemeente');
  field('provincie');

  // The BAG's identification is sixteen digits; an export that wrote it as a number dropped the
  // leading zero of the municipality code (0363…), which is put back so both exports meet.
  let nummeraanduiding: string | null = null;
  if (!id) problems.push('nummeraanduiding ontbreekt');
  else if (!/^\d{15,16}$/.test(id)) problems.push(`nummeraanduiding "${id}" is geen BAG-identificatie van zestien cijfers`);
  else nummeraanduiding = id.padStart(16, '0');
  if (!street) problems.push('openbareruimte ontbreekt');
  if (!number) problems.push('huisnummer ontbreekt');
  const parts = readHouseNumberParts(number, letter, addition, problems);
  const postcode = postcodeText ? parsePostcode(postcodeText) : null;
  if (postcode && !postcode.ok) problems.push(`postcode: ${postcode.error}`);
  if (!place) problems.push('woonplaats ontbreekt');

  if (problems.length > 0 || !nummeraanduiding || !street || !parts || !place) return { ok: false, error: problems.join('; ') };
  return {
    ok: true,
    value: {
      nummeraanduiding,
      street,
      houseNumber: parts.houseNumber,
      houseLetter: parts.houseLetter,
      addition: parts.addition,
      postcode: postcode?.ok ? postcode.value : null,
      place,
      municipalityName,
      streetNorm: normaliseStreet(street),
    },
  };
}
