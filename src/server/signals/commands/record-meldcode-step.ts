import { eq, sql } from 'drizzle-orm';
import { meldcodeSteps, signals } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../acting-user';
import { auditSignal } from '../audit-signal';
import { loadCase, type CaseView } from '../case-view';
import { signalErrors } from '../signal-errors';
import { appendEvent, findSignalForUpdate, seal, sealContext } from '../signal-store';
import type { SignalServices } from '../signal-services';

/**
 * One step of the meldcode checklist (seed 003: the meldcode huiselijk geweld en
 * kindermishandeling, followed for criminal exploitation) done on a date, with a note. Recording a
 * step again replaces the checklist entry; the history keeps every version.
 */
export async function recordMeldcodeStep(
  services: SignalServices,
  input: { municipality: string; user: ActingUser; signalId: string; step: number; doneOn: string; note?: string | undefined },
): Promise<CaseView> {
  const now = services.now();
  return inTenant(services.db, input.municipality, async (tx) => {
    const signal = await findSignalForUpdate(tx, input.signalId);
    if (!signal.forms.includes('criminal')) throw signalErrors.meldcodeNotApplicable();
    const note = input.note ? input.note : null;
    const noteSealed = note ? seal(services.keyring, sealContext.meldcodeNote(signal.id, input.step), note) : null;
    await tx
      .insert(meldcodeSteps)
      .values({ signalId: signal.id, municipality: signal.municipality, step: input.step, doneOn: input.doneOn, noteSealed, recordedByUserId: input.user.userId!, recordedAt: now })
      .onConflictDoUpdate({
        target: [meldcodeSteps.signalId, meldcodeSteps.step],
        set: { doneOn: sql`excluded.done_on`, noteSealed: sql`excluded.note_sealed`, recordedByUserId: sql`excluded.recorded_by_user_id`, recordedAt: now },
      });
    await tx.update(signals).set({ updatedAt: now }).where(eq(signals.id, signal.id));
    const title = services.content.knowledge('nl').meldcode.steps.find((s) => s.number === input.step)?.title ?? null;
    await appendEvent(tx, services.keyring, signal, input.user, { kind: 'meldcode-stap', data: { step: input.step, doneOn: input.doneOn, title }, text: note }, now);
    await auditSignal(tx, input.user, input.municipality, 'signal.meldcode', signal.id, { step: input.step });
    return loadCase(tx, services, signal.id);
  });
}
