import { asc, eq } from 'drizzle-orm';
import { pseudonymisedSummary } from '../../domain/signal/handover';
import type { SignalState } from '../../domain/signal/workflow';
import type { TxContext } from '../context/context';
import { sealContext, unseal } from '../crypto/sealed-fields';
import { meetingSignals, signalMeetings, signals } from '../db/schema';
import type { Tx } from '../db/tenant';
import { errors } from '../http/errors';
import type { StoredSubmission } from '../signals/signal-repository';

export type MeetingRow = typeof signalMeetings.$inferSelect;

export interface Agenda {
  meeting: MeetingRow;
  items: {
    signalId: string;
    state: SignalState;
    summary: ReturnType<typeof pseudonymisedSummary>;
    decided: boolean;
    decidedAt: Date | null;
  }[];
}

export async function findMeeting(tx: Tx, meetingId: string): Promise<MeetingRow> {
  const [meeting] = await tx.select().from(signalMeetings).where(eq(signalMeetings.id, meetingId));
  if (!meeting) throw errors.meetingNotFound(meetingId);
  return meeting;
}

/**
 * The agenda of a signal meeting: each signal only as the domain's pseudonymised summary, so the
 * agenda can be shown on a screen or printed for the partners at the table. The decision text is
 * not on it either (it is free text); it is kept on the signal's history.
 */
export async function loadAgenda(ctx: TxContext, meetingId: string): Promise<Agenda> {
  const meeting = await findMeeting(ctx.tx, meetingId);
  const rows = await ctx.tx
    .select({ signal: signals, decidedAt: meetingSignals.decidedAt })
    .from(meetingSignals)
    .innerJoin(signals, eq(signals.id, meetingSignals.signalId))
    .where(eq(meetingSignals.meetingId, meetingId))
    .orderBy(asc(signals.receivedAt), asc(signals.reference));
  return {
    meeting,
    items: rows.map(({ signal, decidedAt }) => {
      const submission = unseal<StoredSubmission>(ctx.services.keyring, sealContext.submission(signal.id), signal.submissionSealed);
      return {
        signalId: signal.id,
        state: signal.state as SignalState,
        summary: pseudonymisedSummary(submission, signal.reference),
        decided: decidedAt !== null,
        decidedAt,
      };
    }),
  };
}

/** The agenda as the API answers it. */
export function agendaBodyOf(agenda: Agenda) {
  return {
    id: agenda.meeting.id,
    heldOn: agenda.meeting.heldOn,
    title: agenda.meeting.title,
    createdAt: agenda.meeting.createdAt.toISOString(),
    items: agenda.items.map((i) => ({
      ...i,
      summary: { ...i.summary, addresses: i.summary.addresses.filter((place): place is string => typeof place === 'string') },
      decidedAt: i.decidedAt?.toISOString() ?? null,
    })),
  };
}
