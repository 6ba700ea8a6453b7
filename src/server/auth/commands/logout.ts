import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import type { AuthSession } from '../../http/route-policy';
import { revokeSession, revokeUserSessions } from '../sessions';
import type { AuthSettings } from '../settings';
import { inUserScope } from '../user-scope';

/** Ends this session (also one halfway through logging in). */
export async function logout(db: Db, settings: AuthSettings, input: { session: AuthSession; origin: string }): Promise<void> {
  const { session, origin } = input;
  await inUserScope(db, session.municipality, async (tx) => {
    await revokeSession(tx, session.id, settings.now());
    await recordAudit(tx, {
      municipality: session.municipality,
      actorUserId: session.userId,
      actor: 'gebruiker',
      action: 'logout',
      objectType: 'user',
      objectId: session.userId,
      result: 'success',
      origin,
    });
  });
}

/** Ends every session of the user, on every device: after a lost phone or a shared computer. */
export async function logoutEverywhere(db: Db, settings: AuthSettings, input: { session: AuthSession; origin: string }): Promise<number> {
  const { session, origin } = input;
  return inUserScope(db, session.municipality, async (tx) => {
    const sessions = await revokeUserSessions(tx, session.userId, settings.now());
    await recordAudit(tx, {
      municipality: session.municipality,
      actorUserId: session.userId,
      actor: 'gebruiker',
      action: 'logout.everywhere',
      objectType: 'user',
      objectId: session.userId,
      result: 'success',
      origin,
      details: { sessions },
    });
    return sessions;
  });
}
