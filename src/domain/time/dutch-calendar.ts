import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';

/**
 * Calendar arithmetic in Dutch time. Terms in this product are days on the Dutch calendar ("within
 * 14 days"), so they follow the clocks across daylight saving time: 14 days after 10:00 is 10:00
 * again, 335 or 337 hours later around the changes, never 09:00 or 11:00.
 */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const dutch = (at: Date | number) => new TZDate(at instanceof Date ? at.getTime() : at, DUTCH_TIME_ZONE);

/** The same time of day, `days` calendar days later in the Netherlands. */
export function addDutchDays(at: Date, days: number): Date {
  return new Date(addDays(dutch(at), days).getTime());
}

/** Midnight in the Netherlands at the start of the day of `at`. */
export function startOfDutchDay(at: Date): Date {
  return new Date(startOfDay(dutch(at)).getTime());
}

/** Midnight in the Netherlands at the start of a calendar date (YYYY-MM-DD), plus `days`. */
export function dutchMidnight(date: string, days = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + days, DUTCH_TIME_ZONE).getTime());
}

/** The calendar date (YYYY-MM-DD) of `at` in the Netherlands. */
export function dutchDate(at: Date): string {
  const d = dutch(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
