import { type Parsed, parsed, refused } from './parsed';

/**
 * A date of birth as far as it is known. Registers and statements often give only a year, or a
 * year and month ("begin 1980"), and a partial date must still match a full one.
 */
export type PartialDate = { year: number; month?: number; day?: number };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * Reads JJJJ-MM-DD, JJJJ-MM, JJJJ (as stored) and DD-MM-JJJJ, D-M-JJJJ, DD/MM/JJJJ, DD.MM.JJJJ (as
 * Dutch people write). Impossible dates are refused with a Dutch message rather than guessed at.
 */
export function parseDate(input: string): Parsed<PartialDate> {
  const text = input.trim();
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : undefined;
  if (!parts) return refused(`Datum "${text}" niet herkend: schrijf JJJJ-MM-DD, DD-MM-JJJJ of alleen het jaar.`);
  const [year, month, day] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  if (year === undefined || year < 1800) return refused(`Jaar ${year ?? ''} is geen geboortejaar.`);
  if (month === undefined) return parsed({ year });
  if (month < 1 || month > 12) return refused(`Maand ${month} bestaat niet: een maand is 1 tot en met 12.`);
  if (day === undefined) return parsed({ year, month });
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return refused(`${day} ${MONTHS[month - 1]} ${year} bestaat niet: ${MONTHS[month - 1]} ${year} heeft ${length} dagen.`);
  }
  return parsed({ year, month, day });
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "1980-03-14", "1980-03", "1980": how a partial date is shown in a reason. */
export function formatPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month === undefined ? '' : pad(date.month), date.day === undefined ? '' : pad(date.day)]
    .filter(Boolean)
    .join('-');
}

/**
 * How two dates of birth relate:
 * - equal: the same, to the same precision;
 * - compatible: one is less precise and agrees where both are known (1980 and 1980-03-14);
 * - swapped: day and month exchanged (03-04 and 04-03), the commonest mistake with foreign papers;
 * - one-digit: one digit differs (1980 and 1981, 14 and 15), a typing error;
 * - conflicting: anything else, which is evidence of a different person.
 */
export type DateComparison = 'equal' | 'compatible' | 'swapped' | 'one-digit' | 'conflicting';

export function compareDates(a: PartialDate, b: PartialDate): DateComparison {
  const agree = (x?: number, y?: number) => x === undefined || y === undefined || x === y;
  if (a.year === b.year && agree(a.month, b.month) && agree(a.day, b.day)) {
    return a.month === b.month && a.day === b.day ? 'equal' : 'compatible';
  }
  if (a.year === b.year && a.day !== undefined && b.day !== undefined && a.day === b.month && a.month === b.day) {
    return 'swapped';
  }
  // Compare the digits both dates have, position by position.
  const digits = (d: PartialDate) => formatPartialDate(d).replace(/-/g, '');
  const da = digits(a);
  const db = digits(b);
  const shared = Math.min(da.length, db.length);
  let differing = 0;
  for (let i = 0; i < shared; i++) if (da[i] !== db[i]) differing++;
  return differing === 1 ? 'one-digit' : 'conflicting';
}
