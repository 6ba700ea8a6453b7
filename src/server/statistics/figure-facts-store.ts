import { eq } from 'drizzle-orm';
import { FIGURE_EVENT_KINDS, foldFigureFacts, NO_FIGURE_FACTS, type FigureFacts, type HistoryEntry } from '../../domain/statistics/figure-facts';
import { signalFigures } from '../db/schema';
import type { Tx } from '../db/tenant';

/**
 * Folds one new entry of a signal's history into the facts the figures count
 * (docs/decisions/0025-figure-facts.md), in the transaction that appends it: the figures never see
 * an entry without its facts, or facts without their entry.
 */
export async function recordFigureFacts(tx: Tx, signal: { id: string; municipality: string }, entry: HistoryEntry): Promise<void> {
  if (!FIGURE_EVENT_KINDS.has(entry.kind)) return;
  const [row] = await tx.select().from(signalFigures).where(eq(signalFigures.signalId, signal.id));
  const before: FigureFacts = row ?? NO_FIGURE_FACTS;
  const facts = foldFigureFacts(before, entry);
  if (facts === before && row) return;
  await tx
    .insert(signalFigures)
    .values({ signalId: signal.id, municipality: signal.municipality, ...facts })
    .onConflictDoUpdate({ target: signalFigures.signalId, set: facts });
}
