import type { Keyring } from '../../crypto/keyring';
import type { Db } from '../../db/client';
import { signalMeetings } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../../signals/acting-user';
import { loadAgenda, type Agenda } from '../agenda';
import { auditMeeting } from '../audit-meeting';

/** The AF plans a signal meeting (signalenoverleg); signals are put on its agenda afterwards. */
export async function createMeeting(
  db: Db,
  keyring: Keyring,
  input: { municipality: string; user: ActingUser; heldOn: string; title: string },
): Promise<Agenda> {
  return inTenant(db, input.municipality, async (tx) => {
    const [row] = await tx
      .insert(signalMeetings)
      .values({ municipality: input.municipality, heldOn: input.heldOn, title: input.title })
      .returning({ id: signalMeetings.id });
    await auditMeeting(tx, input.user, input.municipality, 'meeting.create', { type: 'meeting', id: row!.id });
    return loadAgenda(tx, keyring, row!.id);
  });
}
