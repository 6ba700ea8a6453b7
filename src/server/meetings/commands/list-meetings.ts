import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { meetingSignals, signalMeetings } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../../signals/acting-user';
import { auditMeeting } from '../audit-meeting';

export interface MeetingSummary {
  id: string;
  heldOn: string;
  title: string;
  createdAt: Date;
  signals: number;
  decided: number;
}

/** The municipality's signal meetings, the most recent first. */
export async function listMeetings(db: Db, input: { municipality: string; user: ActingUser }): Promise<MeetingSummary[]> {
  return inTenant(db, input.municipality, async (tx) => {
    const rows = await tx
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
    await auditMeeting(tx, input.user, input.municipality, 'meeting.list', { type: 'meeting' }, { count: rows.length });
    return rows.map((r) => ({ ...r, signals: Number(r.signals), decided: Number(r.decided) }));
  });
}
