import { normaliseOrganisation, parseKvkNumber, parsePostcode, parseVestigingsnummer, type Parsed } from '../matching';
import { fieldReader, headerProblems, readHouseNumberParts } from './register-fields';

/** The KVK's establishments and legal entities as a CSV export: comma-separated, these columns. */
export const ORGANISATION_COLUMNS = [
  'kvkNummer',
  'vestigingsnummer',
  'naam',
  'handelsnamen',
  'straatnaam',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'plaats',
] as const;
export type OrganisationColumn = (typeof ORGANISATION_COLUMNS)[number];
export type OrganisationRow = Partial<Record<OrganisationColumn, string>>;

/** Separates the trade names in the `handelsnamen` column. */
export const TRADE_NAME_SEPARATOR = '|';
/**
 * Joins the normalised name and trade names in `name_norm`. pg_trgm takes it as a word boundary,
 * so a word-similarity search (`<%`) on name_norm finds an organisation by any one of its names.
 */
export const NAME_NORM_SEPARATOR = ' | ';

export interface RegisterOrganisation {
  kvkNumber: string;
  branchNumber: string | null;
  name: string;
  tradeNames: string[];
  street: string | null;
  houseNumber: number | null;
  houseLetter: string | null;
  addition: string | null;
  postcode: string | null;
  place: string | null;
  nameNorm: string;
}

export function checkOrganisationHeader(header: readonly string[]): Parsed<void> {
  const problems = headerProblems(header, ORGANISATION_COLUMNS, 'refused');
  if (problems.length === 0) return { ok: true, value: undefined };
  return { ok: false, error: `De kopregel klopt niet (${problems.join('; ')}). Verwacht: ${ORGANISATION_COLUMNS.join(',')}.` };
}

/** An establishment is one record; a legal entity without establishment is one by its KVK number. */
export const organisationKey = (o: RegisterOrganisation): string => o.branchNumber ?? o.kvkNumber;

/** One row into an organisation, or every reason it cannot be one, in Dutch. */
export function readOrganisationRow(row: OrganisationRow): Parsed<RegisterOrganisation> {
  const problems: string[] = [];
  const field = fieldReader<OrganisationColumn>(row, problems);
  const kvkText = field('kvkNummer');
  const branchText = field('vestigingsnummer');
  const name = field('naam');
  // Many trade names are a long field; each one is held to the usual length below.
  const tradeNamesText = field('handelsnamen', 20 * 200);
  const street = field('straatnaam');
  const number = field('huisnummer');
  const letter = field('huisletter');
  const addition = field('huisnummertoevoeging');
  const postcodeText = field('postcode');
  const place = field('plaats');

  const kvk = kvkText ? parseKvkNumber(kvkText) : null;
  if (!kvk) problems.push('kvkNummer ontbreekt');
  else if (!kvk.ok) problems.push(`kvkNummer: ${kvk.error}`);
  const branch = branchText ? parseVestigingsnummer(branchText) : null;
  if (branch && !branch.ok) problems.push(`vestigingsnummer: ${branch.error}`);
  if (!name) problems.push('naam ontbreekt');
  const tradeNames = [...new Set((tradeNamesText ?? '').split(TRADE_NAME_SEPARATOR).map((t) => t.trim()).filter(Boolean))];
  const long = tradeNames.find((t) => t.length > 200);
  if (long) problems.push(`handelsnaam "${long.slice(0, 40)}…" is langer dan 200 tekens`);
  const parts = readHouseNumberParts(number, letter, addition, problems);
  const postcode = postcodeText ? parsePostcode(postcodeText) : null;
  if (postcode && !postcode.ok) problems.push(`postcode: ${postcode.error}`);

  if (problems.length > 0 || !kvk?.ok || !name) return { ok: false, error: problems.join('; ') };
  const norms = [...new Set([name, ...tradeNames].map((n) => normaliseOrganisation(n).name).filter(Boolean))];
  return {
    ok: true,
    value: {
      kvkNumber: kvk.value,
      branchNumber: branch?.ok ? branch.value : null,
      name,
      tradeNames,
      street,
      houseNumber: parts?.houseNumber ?? null,
      houseLetter: parts?.houseLetter ?? null,
      addition: parts?.addition ?? null,
      postcode: postcode?.ok ? postcode.value : null,
      place,
      // A name of only punctuation normalises to nothing; the folded original is still searchable.
      nameNorm: norms.length ? norms.join(NAME_NORM_SEPARATOR) : name.toLowerCase(),
    },
  };
}
