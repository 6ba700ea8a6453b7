import { sql } from 'drizzle-orm';
import type { SignalRetentionFacts } from '../../domain/retention';
import type { SignalState } from '../../domain/signal/workflow';
import { queryRows, type Tx } from '../db/tenant';

/** A closed signal as retention sees it: ids, dates and the facts its term depends on. */
export interface SignalRecordFacts extends SignalRetentionFacts {
  id: string;
  municipality: string;
  reference: string;
  receivedAt: Date;
  holdSince: Date | null;
}

/**
 * The closed signals (in the transaction's reach: one municipality under row-level security, or
 * all as the schema owner), with when they were last closed and whether they were ever handed over.
 */
export async function closedSignalFacts(tx: Tx): Promise<SignalRecordFacts[]> {
  const rows = await queryRows<{ id: string; municipality: string; reference: string; state: SignalState; received_at: string; closed_at: string | null; handed_over: boolean; legal_hold_at: string | null }>(
    tx,
    sql`select s.id, s.municipality, s.reference, s.state, s.received_at, s.legal_hold_at,
          (select max(e.at) from signal_events e where e.signal_id = s.id and e.to_state = 'afgesloten') as closed_at,
          exists (select 1 from handovers h where h.signal_id = s.id) as handed_over
        from signals s where s.state = 'afgesloten'`,
  );
  return rows.map((r) => ({
    id: r.id,
    municipality: r.municipality,
    reference: r.reference,
    state: r.state,
    receivedAt: new Date(r.received_at),
    closedAt: r.closed_at === null ? null : new Date(r.closed_at),
    handedOver: r.handed_over,
    onHold: r.legal_hold_at !== null,
    holdSince: r.legal_hold_at === null ? null : new Date(r.legal_hold_at),
  }));
}
