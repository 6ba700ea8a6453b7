import { and, eq } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { meetingSignals, signals } from '../../db/schema';
import { errors } from '../../http/errors';
import { findMeeting, loadAgenda, type Agenda } from '../agenda';

interface AgendaChange {
  meetingId: string;
  signalId: string;
}

/** Puts a signal of the municipality on the agenda; putting it there twice changes nothing. */
export const addToAgenda = defineCommand('meeting.add-signal', async (ctx, input: AgendaChange): Promise<{ agenda: Agenda; added: boolean }> => {
  await findMeeting(ctx.tx, input.meetingId);
  const [signal] = await ctx.tx.select({ id: signals.id }).from(signals).where(eq(signals.id, input.signalId));
  if (!signal) throw errors.signalNotFound(input.signalId);
  const inserted = await ctx.tx
    .insert(meetingSignals)
    .values({ meetingId: input.meetingId, signalId: input.signalId, municipality: ctx.municipality! })
    .onConflictDoNothing()
    .returning({ signalId: meetingSignals.signalId });
  if (inserted.length > 0) {
    await ctx.audit({ action: 'meeting.add-signal', objectType: 'signal', objectId: input.signalId, details: { meetingId: input.meetingId } });
  }
  return { agenda: await loadAgenda(ctx, input.meetingId), added: inserted.length > 0 };
});

/**
 * Takes a signal off the agenda. Idempotent: a signal that is not (or no longer) on it is fine. A
 * decision already recorded stays in the signal's history.
 */
export const removeFromAgenda = defineCommand('meeting.remove-signal', async (ctx, input: AgendaChange): Promise<void> => {
  await findMeeting(ctx.tx, input.meetingId);
  const removed = await ctx.tx
    .delete(meetingSignals)
    .where(and(eq(meetingSignals.meetingId, input.meetingId), eq(meetingSignals.signalId, input.signalId)))
    .returning({ signalId: meetingSignals.signalId });
  if (removed.length > 0) {
    await ctx.audit({ action: 'meeting.remove-signal', objectType: 'signal', objectId: input.signalId, details: { meetingId: input.meetingId } });
  }
});
