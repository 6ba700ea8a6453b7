import { desc, eq, sql } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { meetingSignals, signalMeetings } from '../../db/schema';

export interface MeetingSummary {
  id: string;
  heldOn: string;
  title: string;
  createdAt: Date;
  signals: number;
  decided: number;
}

/** The municipality's signal meetings, the most recent first. */
export const listMeetings = defineCommand('meeting.list', async (ctx, _input: void): Promise<MeetingSummary[]> => {
  const rows = await ctx.tx
    .select({
      id: signalMeetings.id,
      heldOn: signalMeetings.heldOn,
      title: signalMeetings.title,
      createdAt: signalMeetings.createdAt,
      signals: sql<number>`count(${meetingSignals.signalId})::int`,
      decided: sql<number>`count(${meetingSignals.decidedAt})::int`,
    })
    .from(signalMeetings)
    .leftJoin(meetingSignals, eq(meetingSignals.meetingId, signalMeetings.id))
    .groupBy(signalMeetings.id)
    .orderBy(desc(signalMeetings.heldOn), desc(signalMeetings.createdAt));
  await ctx.audit({ action: 'meeting.list', objectType: 'meeting', details: { count: rows.length } });
  return rows.map((r) => ({ ...r, signals: Number(r.signals), decided: Number(r.decided) }));
});
