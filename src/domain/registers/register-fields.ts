import { fold } from '../matching';

/** Longest value of a field in a register export. */
export const MAX_FIELD = 200;
// PostgreSQL refuses NUL in text, and other control characters in a name are an export error.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Reads trimmed fields of one row and collects what is wrong with them, in Dutch, so a row
 * reports every problem at once.
 */
export function fieldReader<C extends string>(row: Partial<Record<C, string>>, problems: string[]) {
  return (column: C, max = MAX_FIELD): string | null => {
    const value = (row[column] ?? '').trim();
    if (CONTROL.test(value)) problems.push(`${column} bevat een onzichtbaar stuurteken`);
    else if (value.length > max) problems.push(`${column} is langer dan ${max} tekens`);
    return value === '' ? null : value;
  };
}

/** The header must hold each of these columns once; `extra` says whether other columns may follow. */
export function headerProblems(header: readonly string[], columns: readonly string[], extra: 'allowed' | 'refused'): string[] {
  const names = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const missing = columns.filter((c) => !names.includes(c));
  const unknown = extra === 'refused' ? names.filter((n) => !columns.includes(n)) : [];
  const twice = names.filter((n, i) => columns.includes(n) && names.indexOf(n) !== i);
  return [
    missing.length ? `ontbrekende kolommen: ${missing.join(', ')}` : '',
    unknown.length ? `onbekende kolommen: ${unknown.join(', ')}` : '',
    twice.length ? `dubbele kolommen: ${[...new Set(twice)].join(', ')}` : '',
  ].filter(Boolean);
}

export interface HouseNumberParts {
  houseNumber: number;
  houseLetter: string | null;
  addition: string | null;
}

/**
 * House number, letter and addition from separate columns, as the BAG and the KVK keep them. Read
 * apart rather than joined, because a toevoeging "A" is not the huisletter A (12-A ≠ 12A in the
 * BAG); stored in the form `parseHouseNumber` gives typed input, upper case, so a search meets them.
 */
export function readHouseNumberParts(number: string | null, letter: string | null, addition: string | null, problems: string[]): HouseNumberParts | null {
  if (!number) {
    if (letter || addition) problems.push('huisletter of toevoeging zonder huisnummer');
    return null;
  }
  const n = /^\d{1,5}$/.test(number) ? Number(number) : 0;
  if (n < 1) problems.push(`huisnummer "${number}" is geen getal van 1 tot 99999`);
  const houseLetter = letter ? fold(letter).toUpperCase() : null;
  if (houseLetter !== null && !/^[A-Z]$/.test(houseLetter)) problems.push(`huisletter "${letter}" is geen enkele letter`);
  const extra = addition ? fold(addition).toUpperCase() : null;
  if (extra !== null && !/^[A-Z0-9]{1,4}$/.test(extra)) problems.push(`huisnummertoevoeging "${addition}" is geen toevoeging van hoogstens vier letters of cijfers`);
  return n < 1 ? null : { houseNumber: n, houseLetter, addition: extra };
}

/**
 * The name the beheerder gives the system an export comes from ("Handhaving"): 1 to 100
 * characters, one line. Null when it cannot be one.
 */
export function sourceName(input: string): string | null {
  const source = input.trim();
  return source.length === 0 || source.length > 100 || CONTROL.test(source) || /[\t\n\r]/.test(source) ? null : source;
}
