import { describe, expect, it } from 'vitest';
import { ADDRESS_COLUMNS, checkAddressHeader, readAddressRow, type AddressRow } from './address-row';

const row = (fields: AddressRow): AddressRow => ({
  openbareruimte: 'Breestraat',
  huisnummer: '12',
  postcode: '2311AB',
  woonplaats: 'Leiden',
  gemeente: 'Leiden',
  provincie: 'Zuid-Holland',
  nummeraanduiding: '0546200000012345',
  ...fields,
});
const problem = (fields: AddressRow) => {
  const result = readAddressRow(row(fields));
  return result.ok ? 'geaccepteerd' : result.error;
};

describe('the header of the BAG addresses (NLExtract bagadres)', () => {
  it('accepts NLExtract\'s full header, with the columns that are not needed after them', () => {
    const full = [...ADDRESS_COLUMNS, 'verblijfsobjectgebruiksdoel', 'oppervlakteverblijfsobject', 'verblijfsobjectstatus', 'object_id', 'object_type', 'nevenadres', 'pandid', 'pandstatus', 'pandbouwjaar', 'x', 'y', 'lon', 'lat'];
    expect(checkAddressHeader(full).ok).toBe(true);
    expect(checkAddressHeader(ADDRESS_COLUMNS).ok).toBe(true);
  });

  it('names the missing and doubled columns', () => {
    const result = checkAddressHeader(['openbareruimte', 'huisnummer', 'huisnummer', 'postcode', 'woonplaats', 'gemeente', 'provincie', 'x']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('ontbrekende kolommen: huisletter, huisnummertoevoeging, nummeraanduiding');
    expect(result.error).toContain('dubbele kolommen: huisnummer');
    expect(result.error).toContain('ten minste de kolommen openbareruimte;huisnummer;huisletter;');
  });
});

describe('a row of the BAG addresses', () => {
  it('keeps the BAG\'s fields and adds the folded street', () => {
    expect(readAddressRow(row({ openbareruimte: 'Burg. de Monchyplein', huisletter: 'a', huisnummertoevoeging: '1', gemeente: '' }))).toEqual({
      ok: true,
      value: {
        nummeraanduiding: '0546200000012345',
        street: 'Burg. de Monchyplein',
        houseNumber: 12,
        houseLetter: 'A',
        addition: '1',
        postcode: '2311AB',
        place: 'Leiden',
        municipalityName: null,
        streetNorm: 'burgemeester de monchyplein',
      },
    });
  });

  it('takes the notations of the BAG and its exports: a toevoeging of letters, a postcode with a space, an id without its leading zero', () => {
    const read = readAddressRow(row({ huisnummertoevoeging: 'hs', postcode: '2311 ab', nummeraanduiding: '363200000081086', openbareruimte: 'Kérkstraat' }));
    expect(read.ok && read.value).toMatchObject({ houseLetter: null, addition: 'HS', postcode: '2311AB', nummeraanduiding: '0363200000081086', streetNorm: 'kerkstraat' });
    // A toevoeging "A" stays a toevoeging: 12-A is another dwelling than 12A.
    const addition = readAddressRow(row({ huisnummertoevoeging: 'A' }));
    expect(addition.ok && [addition.value.houseLetter, addition.value.addition]).toEqual([null, 'A']);
    // Some BAG objects (a ligplaats, a standplaats) have no postcode.
    const noPostcode = readAddressRow(row({ postcode: '' }));
    expect(noPostcode.ok && noPostcode.value.postcode).toBe(null);
  });

  it('says in Dutch why a row cannot be an address, every reason at once', () => {
    expect(problem({ nummeraanduiding: '' })).toBe('nummeraanduiding ontbreekt');
    expect(problem({ nummeraanduiding: '0546-2000-0001' })).toBe('nummeraanduiding "0546-2000-0001" is geen BAG-identificatie van zestien cijfers');
    expect(problem({ openbareruimte: ' ' })).toBe('openbareruimte ontbreekt');
    expect(problem({ huisnummer: '' })).toBe('huisnummer ontbreekt');
    expect(problem({ huisnummer: '' , huisletter: 'a' })).toBe('huisnummer ontbreekt; huisletter of toevoeging zonder huisnummer');
    expect(problem({ huisnummer: '0' })).toBe('huisnummer "0" is geen getal van 1 tot 99999');
    expect(problem({ huisnummer: '12a' })).toBe('huisnummer "12a" is geen getal van 1 tot 99999');
    expect(problem({ huisletter: 'ab' })).toBe('huisletter "ab" is geen enkele letter');
    expect(problem({ huisnummertoevoeging: 'bis-1' })).toBe('huisnummertoevoeging "bis-1" is geen toevoeging van hoogstens vier letters of cijfers');
    expect(problem({ postcode: '0123AB' })).toBe('postcode: Postcode 0123 AB bestaat niet: postcodes beginnen bij 1000.');
    expect(problem({ woonplaats: '' })).toBe('woonplaats ontbreekt');
    expect(problem({ gemeente: 'Lei\u0000den' })).toBe('gemeente bevat een onzichtbaar stuurteken');
    expect(problem({ openbareruimte: 'x'.repeat(201) })).toBe('openbareruimte is langer dan 200 tekens');
    expect(problem({ nummeraanduiding: '', woonplaats: '' })).toBe('nummeraanduiding ontbreekt; woonplaats ontbreekt');
  });
});
