import { and, eq } from 'drizzle-orm';
import { signalEvents, signals } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../acting-user';
import { auditSignal } from '../audit-signal';
import { loadCase, type CaseView } from '../case-view';
import { signalErrors } from '../signal-errors';
import { appendEvent, findSignalForUpdate } from '../signal-store';
import type { SignalServices } from '../signal-services';

/**
 * A note in the case history, or a correction of an earlier entry. The history is append-only
 * (the database refuses UPDATE and DELETE on it): a correction is a new entry naming the one it
 * corrects, so what was written first stays readable.
 */
export async function addNote(
  services: SignalServices,
  input: { municipality: string; user: ActingUser; signalId: string; text: string; correctsEventId?: number | undefined },
): Promise<CaseView> {
  const now = services.now();
  return inTenant(services.db, input.municipality, async (tx) => {
    const signal = await findSignalForUpdate(tx, input.signalId);
    const corrects = input.correctsEventId ?? null;
    if (corrects !== null) {
      const [target] = await tx
        .select({ id: signalEvents.id })
        .from(signalEvents)
        .where(and(eq(signalEvents.id, corrects), eq(signalEvents.signalId, signal.id)));
      if (!target) throw signalErrors.eventNotOfSignal(corrects);
    }
    const kind = corrects === null ? 'notitie' : 'correctie';
    const eventId = await appendEvent(tx, services.keyring, signal, input.user, { kind, text: input.text, correctsEventId: corrects }, now);
    await tx.update(signals).set({ updatedAt: now }).where(eq(signals.id, signal.id));
    await auditSignal(tx, input.user, input.municipality, `signal.${kind === 'notitie' ? 'note' : 'correction'}`, signal.id, {
      eventId,
      ...(corrects !== null ? { correctsEventId: corrects } : {}),
    });
    return loadCase(tx, services, signal.id);
  });
}
