import { describe, expect, it } from 'vitest';
import { dutchPhoneticKey } from '../matching';
import { checkPersonHeader, PERSON_COLUMNS, readPersonRow, type PersonRow } from './person-row';

const row = (fields: PersonRow): PersonRow => ({ bronId: 'HH-1', geslachtsnaam: 'Jansen', ...fields });
const problem = (fields: PersonRow) => {
  const result = readPersonRow(row(fields));
  return result.ok ? 'geaccepteerd' : result.error;
};

describe('the header of a persons export', () => {
  it('accepts the documented columns in any order, with a byte order mark from Excel', () => {
    expect(checkPersonHeader(PERSON_COLUMNS).ok).toBe(true);
    expect(checkPersonHeader([...PERSON_COLUMNS].reverse()).ok).toBe(true);
    expect(checkPersonHeader(['\uFEFFbronId', ...PERSON_COLUMNS.slice(1)]).ok).toBe(true);
  });

  it('names what is missing, unknown or doubled, and what it expected', () => {
    const result = checkPersonHeader(['bronId', 'voornaam', 'geslachtsnaam', 'geslachtsnaam']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('ontbrekende kolommen: voornamen, voorvoegsel, geboortedatum');
    expect(result.error).toContain('onbekende kolommen: voornaam');
    expect(result.error).toContain('dubbele kolommen: geslachtsnaam');
    expect(result.error).toContain(`Verwacht: ${PERSON_COLUMNS.join(',')}`);
  });
});

describe('a row of a persons export', () => {
  it('keeps the fields as given and adds the forms a search compares', () => {
    const result = readPersonRow({
      bronId: 'HH-2024-0007',
      voornamen: 'Jan Pieter',
      voorvoegsel: 'van den',
      geslachtsnaam: 'Berg',
      geboortedatum: '1980-03-14',
      straatnaam: 'Breestraat',
      huisnummer: '12',
      huisletter: 'a',
      huisnummertoevoeging: '',
      postcode: '2311 ab',
      woonplaats: 'Leiden',
      omschrijving: 'Controle kamerverhuur',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        sourceId: 'HH-2024-0007',
        givenNames: 'Jan Pieter',
        prefix: 'van den',
        surname: 'Berg',
        birthYear: 1980,
        birthMonth: 3,
        birthDay: 14,
        street: 'Breestraat',
        houseNumber: 12,
        houseLetter: 'A',
        addition: null,
        postcode: '2311AB',
        place: 'Leiden',
        description: 'Controle kamerverhuur',
        surnameNorm: 'berg',
        givenNorm: 'jan pieter',
        surnameKey: dutchPhoneticKey('berg'),
      },
    });
  });

  it('folds accents and keeps both parts of a double surname', () => {
    const result = readPersonRow(row({ voornamen: 'Zoë', geslachtsnaam: 'Jansen-de Vries' }));
    expect(result.ok && { surnameNorm: result.value.surnameNorm, givenNorm: result.value.givenNorm }).toEqual({ surnameNorm: 'jansen-de vries', givenNorm: 'zoe' });
  });

  it('takes a year, or a year and month, as a date of birth', () => {
    const year = readPersonRow(row({ geboortedatum: '1980' }));
    const month = readPersonRow(row({ geboortedatum: '1980-03' }));
    expect(year.ok && [year.value.birthYear, year.value.birthMonth, year.value.birthDay]).toEqual([1980, null, null]);
    expect(month.ok && [month.value.birthYear, month.value.birthMonth, month.value.birthDay]).toEqual([1980, 3, null]);
  });

  it('refuses a date that does not exist or is not written as the export format says', () => {
    expect(problem({ geboortedatum: '1980-02-30' })).toBe('geboortedatum: 30 februari 1980 bestaat niet: februari 1980 heeft 29 dagen.');
    expect(problem({ geboortedatum: '14-03-1980' })).toBe('geboortedatum "14-03-1980": schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ');
    expect(problem({ geboortedatum: 'onbekend' })).toMatch(/^geboortedatum: Datum "onbekend" niet herkend/);
  });

  it('reads house letter and addition from their own columns, as the BAG does', () => {
    const result = readPersonRow(row({ huisnummer: '12', huisletter: 'b', huisnummertoevoeging: '2', postcode: '2311AB' }));
    expect(result.ok && [result.value.houseNumber, result.value.houseLetter, result.value.addition]).toEqual([12, 'B', '2']);
    expect(problem({ huisnummer: '12', huisletter: 'bc' })).toBe('huisletter "bc" is geen enkele letter');
    expect(problem({ huisletter: 'a' })).toBe('huisletter of toevoeging zonder huisnummer');
    expect(problem({ huisnummer: 'twaalf' })).toBe('huisnummer "twaalf" is geen getal van 1 tot 99999');
  });

  it('refuses a postcode that does not exist', () => {
    expect(problem({ postcode: '0311AB' })).toMatch(/^postcode: Postcode 0311 AB bestaat niet/);
    expect(problem({ postcode: '2311SS' })).toMatch(/^postcode: Postcode 2311 SS bestaat niet/);
  });

  it('gives every reason of a row at once, so the export is fixed in one go', () => {
    const result = readPersonRow({ bronId: '', geslachtsnaam: ' ', postcode: 'abc', geboortedatum: '1980-13' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.split('; ')).toEqual([
      'bronId ontbreekt',
      'geslachtsnaam ontbreekt',
      'geboortedatum: Maand 13 bestaat niet: een maand is 1 tot en met 12.',
      expect.stringMatching(/^postcode: "abc" is geen postcode/),
    ]);
  });

  it('refuses control characters and overlong fields instead of storing them', () => {
    expect(problem({ geslachtsnaam: 'Jan\u0000sen' })).toBe('geslachtsnaam bevat een onzichtbaar stuurteken');
    expect(problem({ voornamen: 'x'.repeat(201) })).toBe('voornamen is langer dan 200 tekens');
    expect(problem({ omschrijving: 'Regel een\nregel twee' })).toBe('geaccepteerd');
  });
});
