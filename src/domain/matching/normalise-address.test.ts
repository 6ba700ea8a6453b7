import { describe, expect, it } from 'vitest';
import { formatHouseNumberParts, normalisePlace, normaliseStreet, parseAddress, parseHouseNumber, parsePostcode } from './normalise-address';

describe('reading a postcode', () => {
  it.each(['2311AB', '2311 ab', ' 2311  AB ', '2311ab'])('%s is 2311AB', (typed) => {
    expect(parsePostcode(typed)).toEqual({ ok: true, value: '2311AB' });
  });

  it.each([
    ['0123 AB', 'Postcode 0123 AB bestaat niet: postcodes beginnen bij 1000.'],
    ['1234 SS', 'Postcode 1234 SS bestaat niet: de letters SA, SD en SS worden niet gebruikt.'],
    ['1234 SA', 'Postcode 1234 SA bestaat niet: de letters SA, SD en SS worden niet gebruikt.'],
    ['1234 sd', 'Postcode 1234 SD bestaat niet: de letters SA, SD en SS worden niet gebruikt.'],
    ['123 AB', '"123 AB" is geen postcode: een postcode is vier cijfers en twee letters, zoals 2311 AB.'],
    ['2311 A1', '"2311 A1" is geen postcode: een postcode is vier cijfers en twee letters, zoals 2311 AB.'],
  ])('refuses %s', (typed, error) => {
    expect(parsePostcode(typed)).toEqual({ ok: false, error });
  });
});

describe('reading a house number into huisnummer, huisletter and toevoeging (BAG)', () => {
  it.each([
    ['12', { houseNumber: 12 }, '12'],
    ['12a', { houseNumber: 12, houseLetter: 'A' }, '12a'],
    ['12-a', { houseNumber: 12, houseLetter: 'A' }, '12a'],
    ['12 A', { houseNumber: 12, houseLetter: 'A' }, '12a'],
    ['12-II', { houseNumber: 12, addition: 'II' }, '12 ii'],
    ['12bis', { houseNumber: 12, addition: 'BIS' }, '12 bis'],
    ['12 hs', { houseNumber: 12, addition: 'HS' }, '12 hs'],
    ['12-1', { houseNumber: 12, addition: '1' }, '12-1'],
    ['12 1', { houseNumber: 12, addition: '1' }, '12-1'],
    ['12a-1', { houseNumber: 12, houseLetter: 'A', addition: '1' }, '12a-1'],
    ['12A1', { houseNumber: 12, houseLetter: 'A', addition: '1' }, '12a-1'],
  ])('%s', (typed, parts, shown) => {
    const r = parseHouseNumber(typed);
    expect(r).toEqual({ ok: true, value: parts });
    if (r.ok) expect(formatHouseNumberParts(r.value)).toBe(shown);
  });

  it('refuses a number without digits and a toevoeging longer than the BAG allows', () => {
    expect(parseHouseNumber('a').ok).toBe(false);
    expect(parseHouseNumber('0').ok).toBe(false);
    expect(parseHouseNumber('12 abcdef')).toEqual({ ok: false, error: 'Toevoeging "ABCDEF" is te lang: de BAG kent toevoegingen van hoogstens vier tekens.' });
  });
});

describe('reading a whole address as it is typed', () => {
  const breestraat = { postcode: '2311AB', houseNumber: 12, houseLetter: 'A', street: 'breestraat', place: 'leiden' };
  it.each([
    ['Breestraat 12a, 2311AB Leiden', breestraat],
    ['Breestraat 12 A 2311 AB LEIDEN', breestraat],
    ['2311 AB Leiden, Breestraat 12a', breestraat],
    ['breestraat 12-a, 2311 ab leiden', breestraat],
    ['2311AB 12-a', { postcode: '2311AB', houseNumber: 12, houseLetter: 'A' }],
    ['2311 ab 12A', { postcode: '2311AB', houseNumber: 12, houseLetter: 'A' }],
    ['2311AB12a', { postcode: '2311AB', houseNumber: 12, houseLetter: 'A' }],
    ['2311AB 12-II', { postcode: '2311AB', houseNumber: 12, addition: 'II' }],
    ['2311AB 12 hs', { postcode: '2311AB', houseNumber: 12, addition: 'HS' }],
    ['Breestraat 12, Leiden', { houseNumber: 12, street: 'breestraat', place: 'leiden' }],
    ["Laan van Meerdervoort 12-1, 's-Gravenhage", { houseNumber: 12, addition: '1', street: 'laan van meerdervoort', place: 'den haag' }],
    ['2e Hugo de Grootstraat 3, 1052 LD Amsterdam', { postcode: '1052LD', houseNumber: 3, street: '2e hugo de grootstraat', place: 'amsterdam' }],
  ])('%s', (typed, address) => {
    expect(parseAddress(typed)).toEqual({ ok: true, value: address });
  });

  it('refuses an address with an impossible postcode or without a number, in Dutch', () => {
    expect(parseAddress('Kerkstraat 1, 1234 SS Ergens')).toEqual({
      ok: false,
      error: 'Postcode 1234 SS bestaat niet: de letters SA, SD en SS worden niet gebruikt.',
    });
    expect(parseAddress('Breestraat, Leiden')).toEqual({ ok: false, error: 'In "Breestraat, Leiden" staat geen huisnummer.' });
  });

  it('writes out abbreviations and the other name of a city', () => {
    expect(normaliseStreet('Burg. de Monchyplein')).toBe('burgemeester de monchyplein');
    expect(normaliseStreet('Kerkstr.')).toBe('kerkstraat');
    expect(normalisePlace("'s-Hertogenbosch")).toBe(normalisePlace('Den Bosch'));
    expect(normalisePlace("'S-GRAVENHAGE")).toBe('den haag');
  });
});
