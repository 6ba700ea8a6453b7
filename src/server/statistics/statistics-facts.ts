import { sql } from 'drizzle-orm';
import type { DeletedSignalFacts, FigureRange, SignalFacts } from '../../domain/statistics';
import { dutchMidnight } from '../../domain/time/dutch-calendar';
import { queryRows, type Tx } from '../db/tenant';

/** The history entries the figures count: the steps of seed 004 and the categories recorded with them. */
const COUNTED_KINDS = ['ingediend', 'vastleggen', 'route-gekozen', 'overdracht', 'terugkoppeling-ontvangen', 'niet-doorzetten', 'melder-informeren'];

/**
 * The signals received in the range in the transaction's municipality (row-level security), with
 * the entries of their append-only history that the figures count, and the signals retention
 * deleted from that range as the deletion log keeps them (docs/decisions/0021-management-information.md).
 * Only ids, dates and categories: no free text, nothing sealed.
 */
export async function statisticsFacts(tx: Tx, range: FigureRange): Promise<{ signals: SignalFacts[]; deleted: DeletedSignalFacts[] }> {
  const start = dutchMidnight(range.from);
  const end = dutchMidnight(range.to, 1);
  const signalRows = await queryRows<{ id: string; municipality: string; received_at: string | Date; forms: string[]; sector: string | null }>(
    tx,
    sql`select id, municipality, received_at, forms, sector from signals where received_at >= ${start} and received_at < ${end}`,
  );
  // Only the keys the figures read: a history entry's data is small, but a hundred thousand of them are not.
  const eventRows = await queryRows<{ signal_id: string; at: string | Date; kind: string; data: Record<string, unknown> }>(
    tx,
    sql`select e.signal_id, e.at, e.kind,
          jsonb_strip_nulls(jsonb_build_object('partnerId', e.data->'partnerId', 'handoverId', e.data->'handoverId', 'dueAt', e.data->'dueAt',
            'mapId', e.data->'mapId', 'outcomeId', e.data->'outcomeId', 'riskGroups', e.data->'riskGroups')) as data
        from signal_events e join signals s on s.id = e.signal_id
        where s.received_at >= ${start} and s.received_at < ${end} and e.kind = any(${sql.param(COUNTED_KINDS)}::text[])
        order by e.id`,
  );
  const deletedRows = await queryRows<{ municipality: string; received_at: string | Date; term: string }>(
    tx,
    sql`select municipality, received_at, term from retention_deletions
        where object_type = 'signal' and received_at >= ${start} and received_at < ${end}`,
  );
  const events = new Map<string, SignalFacts['events'][number][]>();
  for (const e of eventRows) {
    const list = events.get(e.signal_id) ?? events.set(e.signal_id, []).get(e.signal_id)!;
    list.push({ at: new Date(e.at), kind: e.kind, data: e.data });
  }
  return {
    signals: signalRows.map((s) => {
      const history = events.get(s.id) ?? [];
      const submitted = history.find((e) => e.kind === 'ingediend');
      const riskGroups = submitted && Array.isArray(submitted.data.riskGroups) ? submitted.data.riskGroups.map(String) : [];
      return { municipality: s.municipality, receivedAt: new Date(s.received_at), forms: s.forms, sector: s.sector, riskGroups, events: history };
    }),
    deleted: deletedRows.map((d) => ({ municipality: d.municipality, receivedAt: new Date(d.received_at), handedOver: d.term === 'handed-over' })),
  };
}
