import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/tenant';

const amsterdamYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' });

/** The calendar year in the Netherlands: a signal sent at 00:30 on New Year's Day belongs to the new year. */
export function referenceYear(now: Date): number {
  return Number(amsterdamYear.format(now));
}

export function formatReference(municipality: string, year: number, seq: number): string {
  return `SR-${municipality.replace(/^GM/, '')}-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * The next reference of the municipality for this year, e.g. SR-0546-2026-0001. One atomic
 * upsert per signal: concurrent submissions get different numbers, and a rolled-back submission
 * gives its number back.
 */
export async function nextReference(tx: Tx, municipality: string, now: Date): Promise<string> {
  const year = referenceYear(now);
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`insert into signal_counters (municipality, year, last) values (${municipality}, ${year}, 1)
        on conflict (municipality, year) do update set last = signal_counters.last + 1
        returning last`,
  );
  return formatReference(municipality, year, Number(row!.last));
}
