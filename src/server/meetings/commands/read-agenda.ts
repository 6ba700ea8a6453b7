import type { Keyring } from '../../crypto/keyring';
import type { Db } from '../../db/client';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../../signals/acting-user';
import { loadAgenda, type Agenda } from '../agenda';
import { auditMeeting } from '../audit-meeting';

/** The pseudonymised agenda; the read names the signals it showed (ids only). */
export async function readAgenda(db: Db, keyring: Keyring, input: { municipality: string; user: ActingUser; meetingId: string }): Promise<Agenda> {
  return inTenant(db, input.municipality, async (tx) => {
    const agenda = await loadAgenda(tx, keyring, input.meetingId);
    await auditMeeting(tx, input.user, input.municipality, 'meeting.read', { type: 'meeting', id: input.meetingId }, { signals: agenda.items.map((i) => i.signalId) });
    return agenda;
  });
}
