import { eq } from 'drizzle-orm';
import { revokeUserSessions } from '../../auth/sessions';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { recoveryCodes, users } from '../../db/schema';
import { asSystem, inTenant } from '../../db/tenant';
import { errors } from '../../http/errors';
import type { CommandActor } from './command-actor';

/**
 * Removes a user's authenticator app and recovery codes (a lost or new phone) and ends their
 * sessions. At the next login they set up a new second factor. From the API the beheerder's
 * municipality is given and the user must be in it; the CLI gives none and acts installation-wide.
 */
export async function resetSecondFactor(
  db: Db,
  input: { userId: string; actor: CommandActor; municipality?: string; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  let municipality = input.municipality;
  if (municipality === undefined) {
    // Across tenants by design: the operator's CLI knows the user, not the municipality.
    const [user] = await asSystem(db, (tx) => tx.select({ municipality: users.municipality }).from(users).where(eq(users.id, input.userId)));
    if (!user?.municipality) throw errors.userNotFound();
    municipality = user.municipality;
  }
  const audit = {
    municipality,
    actorUserId: input.actor.userId,
    actor: input.actor.kind,
    action: 'second-factor.reset',
    objectType: 'user',
    objectId: input.userId,
    origin: input.actor.origin,
  };
  const found = await inTenant(db, municipality, async (tx) => {
    const cleared = await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpPendingSecret: null, totpLastStep: null })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id });
    if (cleared.length === 0) {
      await recordAudit(tx, { ...audit, result: 'denied', details: { reason: 'not-found' } });
      return false;
    }
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId));
    const sessionsRevoked = await revokeUserSessions(tx, input.userId, now);
    await recordAudit(tx, { ...audit, result: 'success', details: { sessionsRevoked } });
    return true;
  });
  if (!found) throw errors.userNotFound();
}
