import { and, eq, gt, isNull } from 'drizzle-orm';
import { requireAcceptablePassword } from '../../auth/password-thread';
import { hashPassword } from '../../auth/password-hash';
import { sha256 } from '../../auth/secrets';
import { revokeUserSessions } from '../../auth/sessions';
import { defineProcedure, inTransaction } from '../../context/run';
import { activationTokens, municipalities, users } from '../../db/schema';
import { errors } from '../../http/errors';

/**
 * Sets the password of the user an activation token was issued to, and uses up the token. Also
 * ends any sessions of the user (a new password after a suspected leak must lock others out). The
 * password is hashed between the two transactions: argon2 takes a while.
 */
export const activateAccount = defineProcedure('user.activate', async (ctx, input: { token: string; password: string }): Promise<void> => {
  const tokenHash = sha256(input.token);
  const now = ctx.services.clock();
  // Across tenants by design: the token is all the visitor has; it tells us the user and municipality.
  const [found] = await inTransaction(
    ctx,
    ({ tx }) =>
      tx
        .select({
          userId: users.id,
          municipality: users.municipality,
          email: users.email,
          name: users.name,
          municipalityName: municipalities.name,
          active: users.active,
          expiresAt: activationTokens.expiresAt,
          usedAt: activationTokens.usedAt,
        })
        .from(activationTokens)
        .innerJoin(users, eq(users.id, activationTokens.userId))
        .leftJoin(municipalities, eq(municipalities.code, users.municipality))
        .where(eq(activationTokens.tokenHash, tokenHash)),
    { municipality: null },
  );
  if (!found?.municipality || found.usedAt !== null || found.expiresAt.getTime() <= now.getTime() || !found.active) {
    throw errors.activationLinkInvalid();
  }
  await requireAcceptablePassword(input.password, { email: found.email, name: found.name, municipality: found.municipalityName });
  const passwordHash = await hashPassword(input.password);
  const done = await inTransaction(
    ctx,
    async (txCtx) => {
      const { tx } = txCtx;
      // Claimed atomically: two submissions of the same link cannot both succeed.
      const claimed = await tx
        .update(activationTokens)
        .set({ usedAt: txCtx.now })
        .where(and(eq(activationTokens.tokenHash, tokenHash), isNull(activationTokens.usedAt), gt(activationTokens.expiresAt, txCtx.now)))
        .returning({ userId: activationTokens.userId });
      if (claimed.length === 0) return false;
      await tx.update(users).set({ passwordHash }).where(eq(users.id, found.userId));
      const sessionsRevoked = await revokeUserSessions(tx, found.userId, txCtx.now);
      await txCtx.audit({
        action: 'user.activate',
        objectType: 'user',
        objectId: found.userId,
        details: { sessionsRevoked },
        by: { userId: found.userId, as: 'gebruiker' },
      });
      return true;
    },
    { municipality: found.municipality },
  );
  if (!done) throw errors.activationLinkInvalid();
});
