import { and, eq } from 'drizzle-orm';
import type { Keyring } from '../../crypto/keyring';
import type { Db } from '../../db/client';
import { meetingSignals, signals } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../../signals/acting-user';
import { appendEvent, findSignalForUpdate, seal, sealContext } from '../../signals/signal-store';
import { findMeeting, loadAgenda, type Agenda } from '../agenda';
import { auditMeeting } from '../audit-meeting';
import { meetingErrors } from '../meeting-errors';

/**
 * The meeting's decision on one signal: kept (encrypted) with the agenda item and recorded on the
 * signal's history as 'overleg-besluit', so the case shows what the meeting decided. A new decision
 * replaces the agenda's; the history keeps both.
 */
export async function recordDecision(
  db: Db,
  keyring: Keyring,
  input: { municipality: string; user: ActingUser; meetingId: string; signalId: string; decision: string; now: Date },
): Promise<Agenda> {
  return inTenant(db, input.municipality, async (tx) => {
    const meeting = await findMeeting(tx, input.meetingId);
    const signal = await findSignalForUpdate(tx, input.signalId);
    const updated = await tx
      .update(meetingSignals)
      .set({ decisionSealed: seal(keyring, sealContext.meetingDecision(meeting.id, signal.id), input.decision), decidedAt: input.now })
      .where(and(eq(meetingSignals.meetingId, meeting.id), eq(meetingSignals.signalId, signal.id)))
      .returning({ signalId: meetingSignals.signalId });
    if (updated.length === 0) throw meetingErrors.notOnAgenda();
    await appendEvent(tx, keyring, signal, input.user, { kind: 'overleg-besluit', data: { meetingId: meeting.id, heldOn: meeting.heldOn }, text: input.decision }, input.now);
    await tx.update(signals).set({ updatedAt: input.now }).where(eq(signals.id, signal.id));
    await auditMeeting(tx, input.user, input.municipality, 'signal.meeting-decision', { type: 'signal', id: signal.id }, { meetingId: meeting.id });
    return loadAgenda(tx, keyring, meeting.id);
  });
}
