import { describe, expect, it } from 'vitest';
import { compareDates, formatPartialDate, parseDate } from './normalise-date';

describe('reading a date of birth as it is typed', () => {
  it.each([
    ['1980-03-14', { year: 1980, month: 3, day: 14 }],
    ['1980-3-4', { year: 1980, month: 3, day: 4 }],
    ['1980-03', { year: 1980, month: 3 }],
    ['1980', { year: 1980 }],
    ['14-03-1980', { year: 1980, month: 3, day: 14 }],
    ['4-3-1980', { year: 1980, month: 3, day: 4 }],
    ['14/03/1980', { year: 1980, month: 3, day: 14 }],
    ['14.03.1980', { year: 1980, month: 3, day: 14 }],
    [' 29-02-2000 ', { year: 2000, month: 2, day: 29 }],
  ])('%s', (typed, date) => {
    expect(parseDate(typed)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['31-02-1980', '31 februari 1980 bestaat niet: februari 1980 heeft 29 dagen.'],
    ['29-02-2001', '29 februari 2001 bestaat niet: februari 2001 heeft 28 dagen.'],
    ['31-04-1990', '31 april 1990 bestaat niet: april 1990 heeft 30 dagen.'],
    ['1980-13-01', 'Maand 13 bestaat niet: een maand is 1 tot en met 12.'],
    ['00-01-1980', '0 januari 1980 bestaat niet: januari 1980 heeft 31 dagen.'],
    ['14 maart', 'Datum "14 maart" niet herkend: schrijf JJJJ-MM-DD, DD-MM-JJJJ of alleen het jaar.'],
    ['80', 'Datum "80" niet herkend: schrijf JJJJ-MM-DD, DD-MM-JJJJ of alleen het jaar.'],
  ])('refuses %s: %s', (typed, error) => {
    expect(parseDate(typed)).toEqual({ ok: false, error });
  });

  it('writes a partial date as stored', () => {
    expect(formatPartialDate({ year: 1980, month: 3, day: 4 })).toBe('1980-03-04');
    expect(formatPartialDate({ year: 1980, month: 3 })).toBe('1980-03');
    expect(formatPartialDate({ year: 1980 })).toBe('1980');
  });
});

describe('comparing two dates of birth', () => {
  const d = (s: string) => {
    const r = parseDate(s);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  it.each([
    ['1980-03-14', '14-03-1980', 'equal'],
    ['1980-03', '1980-03', 'equal'],
    ['1980', '1980-03-14', 'compatible'],
    ['1980-03', '1980-03-14', 'compatible'],
    ['1980-03-04', '1980-04-03', 'swapped'],
    ['1980-03-14', '1980-03-15', 'one-digit'],
    ['1980-03-14', '1981-03-14', 'one-digit'],
    ['1980', '1981-06-01', 'one-digit'],
    ['1980-03-14', '1975-11-02', 'conflicting'],
    ['1980-03', '1980-11-14', 'conflicting'],
    ['1980-03', '1980-07-14', 'one-digit'],
    ['1980-03-03', '1980-03-03', 'equal'],
  ])('%s ↔ %s: %s', (a, b, outcome) => {
    expect(compareDates(d(a), d(b))).toBe(outcome);
    expect(compareDates(d(b), d(a))).toBe(outcome);
  });
});
