import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import { errors } from '../../http/errors';
import { issueActivationToken, type ActivationToken } from './activation-token';
import type { CommandActor } from './command-actor';

/**
 * A new activation link for an existing user: the first one expired, or the user forgot the
 * password (the link lets them choose a new one). Earlier links stop working.
 */
export async function issueActivationLink(
  db: Db,
  input: { municipality: string; userId: string; actor: CommandActor; now?: Date },
): Promise<ActivationToken> {
  const now = input.now ?? new Date();
  const audit = {
    municipality: input.municipality,
    actorUserId: input.actor.userId,
    actor: input.actor.kind,
    action: 'user.activation-link',
    objectType: 'user',
    objectId: input.userId,
    origin: input.actor.origin,
  };
  const token = await inTenant(db, input.municipality, async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!user) {
      await recordAudit(tx, { ...audit, result: 'denied', details: { reason: 'not-found' } });
      return null;
    }
    const issued = await issueActivationToken(tx, input.userId, now);
    await recordAudit(tx, { ...audit, result: 'success' });
    return issued;
  });
  if (!token) throw errors.userNotFound();
  return token;
}
