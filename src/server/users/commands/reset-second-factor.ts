import { eq } from 'drizzle-orm';
import { revokeUserSessions } from '../../auth/sessions';
import { defineCommand } from '../../context/run';
import { recoveryCodes, users } from '../../db/schema';
import { errors } from '../../http/errors';

/**
 * Removes a user's authenticator app and recovery codes (a lost or new phone) and ends their
 * sessions. At the next login they set up a new second factor. The user must be in the context's
 * municipality (the CLI finds it from the e-mail address first).
 */
export const resetSecondFactor = defineCommand('second-factor.reset', async (ctx, input: { userId: string }): Promise<void> => {
  const cleared = await ctx.tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpPendingSecret: null, totpLastStep: null })
    .where(eq(users.id, input.userId))
    .returning({ id: users.id });
  if (cleared.length === 0) throw errors.userNotFound(input.userId);
  await ctx.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId));
  const sessionsRevoked = await revokeUserSessions(ctx.tx, input.userId, ctx.now);
  await ctx.audit({ action: 'second-factor.reset', objectType: 'user', objectId: input.userId, details: { sessionsRevoked } });
});
