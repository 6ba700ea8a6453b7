import { and, eq } from 'drizzle-orm';
import type { Keyring } from '../../crypto/keyring';
import type { Db } from '../../db/client';
import { meetingSignals, signals } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import { errors } from '../../http/errors';
import type { ActingUser } from '../../signals/acting-user';
import { findMeeting, loadAgenda, type Agenda } from '../agenda';
import { auditMeeting } from '../audit-meeting';

interface AgendaChange {
  municipality: string;
  user: ActingUser;
  meetingId: string;
  signalId: string;
}

/** Puts a signal of the municipality on the agenda; putting it there twice changes nothing. */
export async function addToAgenda(db: Db, keyring: Keyring, input: AgendaChange): Promise<{ agenda: Agenda; added: boolean }> {
  return inTenant(db, input.municipality, async (tx) => {
    await findMeeting(tx, input.meetingId);
    const [signal] = await tx.select({ id: signals.id }).from(signals).where(eq(signals.id, input.signalId));
    if (!signal) throw errors.signalNotFound();
    const inserted = await tx
      .insert(meetingSignals)
      .values({ meetingId: input.meetingId, signalId: input.signalId, municipality: input.municipality })
      .onConflictDoNothing()
      .returning({ signalId: meetingSignals.signalId });
    if (inserted.length > 0) {
      await auditMeeting(tx, input.user, input.municipality, 'meeting.add-signal', { type: 'signal', id: input.signalId }, { meetingId: input.meetingId });
    }
    return { agenda: await loadAgenda(tx, keyring, input.meetingId), added: inserted.length > 0 };
  });
}

/**
 * Takes a signal off the agenda. Idempotent: a signal that is not (or no longer) on it is fine. A
 * decision already recorded stays in the signal's history.
 */
export async function removeFromAgenda(db: Db, input: AgendaChange): Promise<void> {
  await inTenant(db, input.municipality, async (tx) => {
    await findMeeting(tx, input.meetingId);
    const removed = await tx
      .delete(meetingSignals)
      .where(and(eq(meetingSignals.meetingId, input.meetingId), eq(meetingSignals.signalId, input.signalId)))
      .returning({ signalId: meetingSignals.signalId });
    if (removed.length > 0) {
      await auditMeeting(tx, input.user, input.municipality, 'meeting.remove-signal', { type: 'signal', id: input.signalId }, { meetingId: input.meetingId });
    }
  });
}
