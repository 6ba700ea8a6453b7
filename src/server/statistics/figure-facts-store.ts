import { eq, sql } from 'drizzle-orm';
import { FIGURE_EVENT_KINDS, foldFigureFacts, NO_FIGURE_FACTS, type FigureFacts, type HistoryEntry } from '../../domain/statistics/figure-facts';
import { signalFigures } from '../db/schema';
import type { Tx } from '../db/tenant';

const moment = (at: Date | null) => (at ? at.toISOString() : null);

/**
 * Folds one new entry of a signal's history into the facts the figures count
 * (docs/decisions/0025-figure-facts.md), in the transaction that appends it: the figures never see
 * an entry without its facts, or facts without their entry. The first entry creates the row with
 * the signal's own categories (received, forms, sector), which never change after submission.
 */
export async function recordFigureFacts(tx: Tx, signal: { id: string; municipality: string }, entry: HistoryEntry): Promise<void> {
  if (!FIGURE_EVENT_KINDS.has(entry.kind)) return;
  const [row] = await tx.select().from(signalFigures).where(eq(signalFigures.signalId, signal.id));
  const before: FigureFacts = row ?? NO_FIGURE_FACTS;
  const f = foldFigureFacts(before, entry);
  if (f === before && row) return;
  await tx.execute(sql`
    insert into signal_figures (signal_id, municipality, received_at, forms, sector, recorded_at, handed_over_at, feedback_at, reporter_informed_at, route, partners, risk_groups, decided)
    select id, municipality, received_at, forms, sector, ${moment(f.recordedAt)}::timestamptz, ${moment(f.handedOverAt)}::timestamptz, ${moment(f.feedbackAt)}::timestamptz,
           ${moment(f.reporterInformedAt)}::timestamptz, ${f.route}, ${sql.param(f.partners)}::text[], ${sql.param(f.riskGroups)}::text[], ${f.decided}
      from signals where id = ${signal.id}
    on conflict (signal_id) do update set recorded_at = excluded.recorded_at, handed_over_at = excluded.handed_over_at, feedback_at = excluded.feedback_at,
      reporter_informed_at = excluded.reporter_informed_at, route = excluded.route, partners = excluded.partners, risk_groups = excluded.risk_groups, decided = excluded.decided`);
}
