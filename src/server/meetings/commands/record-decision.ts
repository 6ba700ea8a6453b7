import { and, eq } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { seal, sealContext } from '../../crypto/sealed-fields';
import { meetingSignals } from '../../db/schema';
import { errors } from '../../http/errors';
import { appendEvent, findSignalForUpdate, touchSignal } from '../../signals/signal-repository';
import { findMeeting, loadAgenda, type Agenda } from '../agenda';

/**
 * The meeting's decision on one signal: kept (encrypted) with the agenda item and recorded on the
 * signal's history as 'overleg-besluit', so the case shows what the meeting decided. A new decision
 * replaces the agenda's; the history keeps both.
 */
export const recordDecision = defineCommand(
  'signal.meeting-decision',
  async (ctx, input: { meetingId: string; signalId: string; decision: string }): Promise<Agenda> => {
    const meeting = await findMeeting(ctx.tx, input.meetingId);
    const signal = await findSignalForUpdate(ctx.tx, input.signalId);
    const updated = await ctx.tx
      .update(meetingSignals)
      .set({ decisionSealed: seal(ctx.services.keyring, sealContext.meetingDecision(meeting.id, signal.id), input.decision), decidedAt: ctx.now })
      .where(and(eq(meetingSignals.meetingId, meeting.id), eq(meetingSignals.signalId, signal.id)))
      .returning({ signalId: meetingSignals.signalId });
    if (updated.length === 0) throw errors.notOnAgenda();
    await appendEvent(ctx, signal, { kind: 'overleg-besluit', data: { meetingId: meeting.id, heldOn: meeting.heldOn }, text: input.decision });
    await touchSignal(ctx, signal.id);
    await ctx.audit({ action: 'signal.meeting-decision', objectType: 'signal', objectId: signal.id, details: { meetingId: meeting.id } });
    return loadAgenda(ctx, meeting.id);
  },
);
