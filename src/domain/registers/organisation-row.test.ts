import { describe, expect, it } from 'vitest';
import { checkOrganisationHeader, ORGANISATION_COLUMNS, organisationKey, readOrganisationRow, type OrganisationRow } from './organisation-row';

const row = (fields: OrganisationRow): OrganisationRow => ({ kvkNummer: '12345678', naam: 'Bakkerij Jansen B.V.', ...fields });
const problem = (fields: OrganisationRow) => {
  const result = readOrganisationRow(row(fields));
  return result.ok ? 'geaccepteerd' : result.error;
};

describe('the header of the KVK organisations', () => {
  it('accepts the documented columns in any order', () => {
    expect(checkOrganisationHeader(ORGANISATION_COLUMNS).ok).toBe(true);
    expect(checkOrganisationHeader([...ORGANISATION_COLUMNS].reverse()).ok).toBe(true);
  });

  it('names what is missing, unknown or doubled, and what it expected', () => {
    const result = checkOrganisationHeader(['kvkNummer', 'kvkNummer', 'naam', 'handelsnaam']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('ontbrekende kolommen: vestigingsnummer, handelsnamen, straatnaam');
    expect(result.error).toContain('onbekende kolommen: handelsnaam');
    expect(result.error).toContain('dubbele kolommen: kvkNummer');
    expect(result.error).toContain(`Verwacht: ${ORGANISATION_COLUMNS.join(',')}`);
  });
});

describe('a row of the KVK organisations', () => {
  it('keeps the fields as given and joins the normalised name and trade names for the name search', () => {
    const result = readOrganisationRow({
      kvkNummer: '12 34 56 78',
      vestigingsnummer: '0000.1234.5678',
      naam: 'Bakkerij Jansen B.V.',
      handelsnamen: 'Bakkerij Jansen | De Gouden Krakeling & Zn.|  |Café Één',
      straatnaam: 'Breestraat',
      huisnummer: '12',
      huisletter: 'a',
      huisnummertoevoeging: '',
      postcode: '2311 ab',
      plaats: 'Leiden',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        kvkNumber: '12345678',
        branchNumber: '000012345678',
        name: 'Bakkerij Jansen B.V.',
        tradeNames: ['Bakkerij Jansen', 'De Gouden Krakeling & Zn.', 'Café Één'],
        street: 'Breestraat',
        houseNumber: 12,
        houseLetter: 'A',
        addition: null,
        postcode: '2311AB',
        place: 'Leiden',
        nameNorm: 'bakkerij jansen | de gouden krakeling | cafe een',
      },
    });
  });

  it('takes a legal entity without establishment, trade names or address', () => {
    const result = readOrganisationRow({ kvkNummer: '87654321', vestigingsnummer: '', naam: 'Stichting Het Anker', handelsnamen: '' });
    expect(result.ok && result.value).toMatchObject({ branchNumber: null, tradeNames: [], street: null, houseNumber: null, postcode: null, nameNorm: 'het anker' });
    expect(result.ok && organisationKey(result.value)).toBe('87654321');
    const branch = readOrganisationRow(row({ vestigingsnummer: '000012345678', huisnummer: '7', huisnummertoevoeging: 'bis' }));
    expect(branch.ok && [organisationKey(branch.value), branch.value.addition]).toEqual(['000012345678', 'BIS']);
  });

  it('says in Dutch why a row cannot be an organisation, every reason at once', () => {
    expect(problem({ kvkNummer: '' })).toBe('kvkNummer ontbreekt');
    expect(problem({ kvkNummer: '1234567' })).toBe('kvkNummer: "1234567" is geen KVK-nummer: een KVK-nummer heeft acht cijfers.');
    expect(problem({ vestigingsnummer: '12345678' })).toBe('vestigingsnummer: "12345678" is geen vestigingsnummer: een vestigingsnummer heeft twaalf cijfers.');
    expect(problem({ naam: '' })).toBe('naam ontbreekt');
    expect(problem({ handelsnamen: `Goed|${'x'.repeat(201)}` })).toBe(`handelsnaam "${'x'.repeat(40)}…" is langer dan 200 tekens`);
    expect(problem({ huisnummer: 'twaalf' })).toBe('huisnummer "twaalf" is geen getal van 1 tot 99999');
    expect(problem({ huisletter: 'b' })).toBe('huisletter of toevoeging zonder huisnummer');
    expect(problem({ postcode: '2311' })).toBe('postcode: "2311" is geen postcode: een postcode is vier cijfers en twee letters, zoals 2311 AB.');
    expect(problem({ plaats: 'Lei\u0007den' })).toBe('plaats bevat een onzichtbaar stuurteken');
    expect(problem({ kvkNummer: '', naam: '' })).toBe('kvkNummer ontbreekt; naam ontbreekt');
  });
});
