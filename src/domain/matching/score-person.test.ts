import { describe, expect, it } from 'vitest';
import { CANDIDATE_THRESHOLD, LIKELY_THRESHOLD } from './match-score';
import { parseAddress } from './normalise-address';
import { parseDate } from './normalise-date';
import { normaliseName } from './normalise-name';
import { type PersonRecord, scorePerson } from './score-person';

const person = (name: string, birthDate?: string, address?: string): PersonRecord => {
  const record: PersonRecord = { name: normaliseName(name) };
  if (birthDate) {
    const d = parseDate(birthDate);
    if (!d.ok) throw new Error(d.error);
    record.birthDate = d.value;
  }
  if (address) {
    const a = parseAddress(address);
    if (!a.ok) throw new Error(a.error);
    record.address = a.value;
  }
  return record;
};
const score = (a: PersonRecord, b: PersonRecord) => scorePerson(a, b).score;

describe('is this person already known?', () => {
  it('finds "J. van den Berg, maart 1980" as Jan van den Berg born 14 March 1980, and says why', () => {
    const result = scorePerson(person('J. van den Berg', '1980-03'), person('Jan van den Berg', '14-03-1980'));
    expect(result.score).toBeGreaterThanOrEqual(LIKELY_THRESHOLD);
    expect(result.reasons).toEqual(['achternaam gelijk', 'voorletter past bij voornaam: J. ↔ Jan', 'geboortejaar en -maand gelijk, dag onbekend']);
  });

  it('still offers Jan van der Berg as a candidate, lower, naming the other tussenvoegsel', () => {
    const query = person('J. van den Berg', '1980-03');
    const other = scorePerson(query, person('Jan van der Berg', '1980-03-14'));
    expect(other.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    expect(other.score).toBeLessThan(score(query, person('Jan van den Berg', '1980-03-14')));
    expect(other.reasons).toContain('tussenvoegsel anders: van den ↔ van der');
  });

  it('does not offer Jan Pietersen for Piet Jansen', () => {
    const result = scorePerson(person('Piet Jansen'), person('Jan Pietersen'));
    expect(result.score).toBeLessThan(CANDIDATE_THRESHOLD);
    expect(result.reasons).toEqual(['achternaam verschilt: Jansen ↔ Pietersen', 'voornaam verschilt: Piet ↔ Jan']);
  });

  it('ranks the exact record above a typo, a typo above a dropped tussenvoegsel, and all above a stranger', () => {
    const query = person('Jan van den Berg', '1980-03-14');
    const exact = score(query, person('Berg, Jan van den', '14/03/1980'));
    const typo = score(query, person('Jan van den Berq', '1980-03-14'));
    const dropped = score(query, person('Jan Berg', '1980-03-14'));
    const stranger = score(query, person('Kees Bakker', '1980-03-14'));
    expect(exact).toBe(1);
    expect(exact).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(dropped);
    expect(dropped).toBeGreaterThan(stranger);
    expect(stranger).toBeLessThan(CANDIDATE_THRESHOLD);
  });

  it('pushes a namesake with another date of birth far below the candidates', () => {
    const result = scorePerson(person('Jan van den Berg', '1980-03-14'), person('Jan van den Berg', '1975-11-02'));
    expect(result.score).toBeLessThan(0.3);
    expect(result.reasons).toContain('geboortedatum verschilt: 1980-03-14 ↔ 1975-11-02');
  });

  it('treats a date with day and month swapped as a likely mistake, not a different person', () => {
    const result = scorePerson(person('Mohammed El Amrani', '1990-04-03'), person('Muhammad el Amrani', '1990-03-04'));
    expect(result.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    expect(result.reasons).toEqual(['achternaam gelijk', 'voornaam klinkt hetzelfde: Mohammed ↔ Muhammad', 'dag en maand omgedraaid']);
  });

  it('ranks a one-digit typo in the date between the exact date and a different date', () => {
    const query = person('Fatima Yılmaz', '1995-06-12');
    const exact = score(query, person('Fatima Yilmaz', '1995-06-12'));
    const oneDigit = scorePerson(query, person('Fatima Yilmaz', '1995-06-13'));
    const other = score(query, person('Fatima Yilmaz', '1988-01-30'));
    expect(exact).toBeGreaterThan(oneDigit.score);
    expect(oneDigit.score).toBeGreaterThan(other);
    expect(oneDigit.reasons).toContain('geboortedatum verschilt één cijfer: 1995-06-12 ↔ 1995-06-13');
  });

  it('offers a misspelt surname when the whole date of birth and the given names agree, not with another date', () => {
    expect(score(person('Tibbe Stef Max Meijaer', '01-05-2004'), person('Tibbe Stef Max Meijer', '2004-05-01'))).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    expect(score(person('Tibbe Stef Max Meijaer', '01-05-1984'), person('Tibbe Stef Max Meijer', '2004-05-01'))).toBeLessThan(CANDIDATE_THRESHOLD);
  });

  it.each([
    ['Piet Janssen', 'Piet Jansen', ['achternaam lijkt op: Janssen ↔ Jansen', 'achternaam klinkt hetzelfde', 'voornaam gelijk']],
    ['Anja Meijer', 'Anja Meier', ['achternaam lijkt op: Meijer ↔ Meier', 'achternaam klinkt hetzelfde', 'voornaam gelijk']],
    ['Kees Kuipers', 'Kees Cuypers', ['achternaam klinkt hetzelfde', 'voornaam gelijk']],
    ['Jan Devries', 'Jan de Vries', ['tussenvoegsel aan achternaam vastgeschreven: Devries ↔ de Vries', 'voornaam gelijk']],
    ['Lieke van Dejk', 'Lieke van Dijk', ['achternaam lijkt op: van Dejk ↔ van Dijk', 'voornaam gelijk']],
    ['Luna van den Blk', 'Luna van den Blok', ['achternaam lijkt op: van den Blk ↔ van den Blok', 'voornaam gelijk']],
    ['Anne Vanhetveld', 'Anne van het Veld', ['tussenvoegsel aan achternaam vastgeschreven: Vanhetveld ↔ van \'t Veld', 'voornaam gelijk']],
    ['Lasse Delong', 'Lasse de Jong', ['tussenvoegsel aan achternaam vastgeschreven: Delong ↔ de Jong', 'voornaam gelijk']],
    ['Jan vd Berg', 'Jan van der Berg', ['achternaam gelijk', 'tussenvoegsel afgekort: v.d. ↔ van der', 'voornaam gelijk']],
    ['Jan Berg', 'Jan van den Berg', ['achternaam gelijk', 'tussenvoegsel ontbreekt', 'voornaam gelijk']],
    ['Jansen Piet', 'Piet Jansen', ['voornaam en achternaam omgedraaid']],
    ['Anna Jansen-de Vries', 'A. de Vries', ['één deel van de dubbele achternaam gelijk: de Vries', 'voorletter past bij voornaam: A. ↔ Anna']],
    ['J.P. Jansen', 'J.P. Jansen', ['achternaam gelijk', 'voorletters gelijk: J.P.']],
    ['P. Jansen', 'Jan Jansen', ['achternaam gelijk', 'voorletter verschilt: P. ↔ Jan']],
    ['Johannes Petrus Dijkstra', 'Petrus Dykstra', ['achternaam gelijk', 'een van de voornamen gelijk: Petrus']],
  ])('%s ↔ %s: the AF sees %j', (a, b, reasons) => {
    const result = scorePerson(person(a), person(b));
    expect(result.reasons).toEqual(reasons);
    expect(result.score).toBeGreaterThan(0);
  });

  it('orders name variants: sounds-alike and typos are candidates, a wrong initial is not', () => {
    const query = person('P. Jansen');
    expect(score(query, person('Piet Janssen'))).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    expect(score(query, person('Jan Jansen'))).toBeLessThan(CANDIDATE_THRESHOLD);
    expect(score(person('Piet Jansen'), person('Piet Hansen'))).toBeLessThan(score(person('Piet Jansen'), person('Piet Janssen')));
  });

  it('puts the person whose given names fit all the initials typed before one who fits only the first', () => {
    const query = person('M.N. Roelofs');
    expect(score(query, person('Maxim Novan Roelofs'))).toBeGreaterThan(score(query, person('Mas Roelofs')));
    expect(score(person('M. Roelofs'), person('Maxim Novan Roelofs'))).toBe(score(person('M. Roelofs'), person('Mas Roelofs')));
  });

  it('weighs a shared address, and a different letter at the same number is less than the same home', () => {
    const query = person('Jan de Vries', '1980-03-14', '2311AB 12a');
    const same = scorePerson(query, person('Jan de Vries', '1980-03-14', 'Breestraat 12-A, 2311 AB Leiden'));
    const neighbour = scorePerson(query, person('Jan de Vries', '1980-03-14', '2311AB 12b'));
    expect(same.score).toBe(1);
    expect(same.reasons).toContain('zelfde postcode en huisnummer');
    expect(neighbour.score).toBeLessThan(same.score);
    expect(neighbour.reasons).toContain('huisletter verschilt: 12a ↔ 12b');
  });

  it('does not punish what the AF does not know: a name alone can score fully', () => {
    expect(score(person('Jan de Vries'), person('Jan de Vries', '1980-03-14', '2311AB 12'))).toBe(1);
  });
});
