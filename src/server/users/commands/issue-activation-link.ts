import { eq } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { users } from '../../db/schema';
import { errors } from '../../http/errors';
import { issueActivationToken, type ActivationToken } from './activation-token';

/**
 * A new activation link for an existing user: the first one expired, or the user forgot the
 * password (the link lets them choose a new one). Earlier links stop working.
 */
export const issueActivationLink = defineCommand('user.activation-link', async (ctx, input: { userId: string }): Promise<ActivationToken> => {
  const [user] = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
  if (!user) throw errors.userNotFound(input.userId);
  const issued = await issueActivationToken(ctx.tx, input.userId, ctx.now);
  await ctx.audit({ action: 'user.activation-link', objectType: 'user', objectId: input.userId });
  return issued;
});
