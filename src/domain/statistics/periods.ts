import { dutchDate } from '../time/dutch-calendar';

export const GRANULARITIES = ['month', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The period of a calendar date (YYYY-MM-DD): `2026-03` for a month, `2026-Q1` for a quarter. */
export function periodOfDate(date: string, granularity: Granularity): string {
  const [year, month] = [date.slice(0, 4), Number(date.slice(5, 7))];
  return granularity === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The first calendar day (YYYY-MM-DD) of a period. */
export function periodStart(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return `${period}-01`;
}

/** Every period from the one holding `from` to the one holding `to` (dates, YYYY-MM-DD), empty ones too. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const periods: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = periodOfDate(to, granularity);
  for (;;) {
    const period = periodOfDate(`${year}-${String(month).padStart(2, '0')}-01`, granularity);
    if (periods.at(-1) !== period) periods.push(period);
    if (period === last || periods.length > 1200) return periods;
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** The default range: the current month and the eleven before it, up to today. */
export function defaultRange(now: Date): { from: string; to: string } {
  const today = dutchDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = month === 12 ? `${year}-01` : `${year - 1}-${String(month + 1).padStart(2, '0')}`;
  return { from: `${start}-01`, to: today };
}

/** The longest range the figures cover: ten years of months is already a very wide table. */
export const MAX_RANGE_MONTHS = 120;

/** How many calendar months the range touches (dates, YYYY-MM-DD). */
export function monthsTouched(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}
