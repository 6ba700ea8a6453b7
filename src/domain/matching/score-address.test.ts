import { describe, expect, it } from 'vitest';
import { parseAddress } from './normalise-address';
import { scoreAddress } from './score-address';

const address = (typed: string) => {
  const a = parseAddress(typed);
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

describe('is this address already known?', () => {
  it.each([
    ['2311AB 12a', 'Breestraat 12 A, 2311 AB Leiden', 1, ['zelfde postcode en huisnummer']],
    ['2311AB 12a', '2311AB 12b', 0.5, ['zelfde postcode en huisnummer', 'huisletter verschilt: 12a ↔ 12b']],
    ['2311AB 12', '2311AB 12a', 0.8, ['zelfde postcode en huisnummer', 'huisletter ontbreekt: 12 ↔ 12a']],
    ['2311AB 12-1', '2311AB 12-2', 0.6, ['zelfde postcode en huisnummer', 'toevoeging verschilt: 12-1 ↔ 12-2']],
    ['2311AB 12', '2311AB 12 hs', 0.85, ['zelfde postcode en huisnummer', 'toevoeging ontbreekt: 12 ↔ 12 hs']],
    ['2311AB 12', '2311AB 14', 0.2, ['zelfde postcode, ander huisnummer: 12 ↔ 14']],
    ['Breestraat 12, 2311AB Leiden', 'Breestraat 12, 2311BA Leiden', 0.8, ['postcode wijkt één teken af: 2311AB ↔ 2311BA']],
    ['Breestraat 12, Leiden', 'Breestraat 12, 2311AB Leiden', 0.9, ['zelfde straat, huisnummer en plaats']],
    ['Breestraat 12', 'Breestraat 12, Leiden', 0.7, ['zelfde straat en huisnummer, plaats onbekend']],
    ['Breestraat 12, Leiden', 'Breestraat 12, Haarlem', 0, ['ander adres']],
    ['Breeestraat 12, Leiden', 'Breestraat 12, 2311AB Leiden', 0.8, ['straatnaam lijkt op: breeestraat ↔ breestraat']],
    ['Haarlemmerstrat 12', 'Haarlemmerstraat 12, Leiden', 0.6, ['straatnaam lijkt op: haarlemmerstrat ↔ haarlemmerstraat']],
    ['Breeestraat 12, Leiden', 'Breestraat 12, Haarlem', 0, ['ander adres']],
    ['Kerkpad 12, Leiden', 'Kerkstraat 12, Leiden', 0, ['ander adres']],
    ['2311AB 12', '3511CD 12', 0, ['ander adres']],
  ])('%s ↔ %s', (a, b, score, reasons) => {
    expect(scoreAddress(address(a), address(b))).toEqual({ score, reasons });
  });

  it('scores the same home higher than the letter next door, and that higher than the next number', () => {
    const query = address('2311AB 12a');
    const same = scoreAddress(query, address('2311 ab 12-A')).score;
    const letter = scoreAddress(query, address('2311AB 12b')).score;
    const number = scoreAddress(query, address('2311AB 14')).score;
    expect(same).toBeGreaterThan(letter);
    expect(letter).toBeGreaterThan(number);
  });
});
