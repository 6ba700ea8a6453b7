import { defineCommand } from '../../context/run';
import type { AuthSession } from '../../http/route-policy';
import { revokeSession, revokeUserSessions } from '../sessions';

/** Ends this session (also one halfway through logging in). */
export const logout = defineCommand('logout', async (ctx, input: { session: AuthSession }): Promise<void> => {
  await revokeSession(ctx.tx, input.session.id, ctx.now);
  await ctx.audit({ action: 'logout', objectType: 'user', objectId: input.session.userId });
});

/** Ends every session of the user, on every device: after a lost phone or a shared computer. */
export const logoutEverywhere = defineCommand('logout.everywhere', async (ctx, input: { session: AuthSession }): Promise<number> => {
  const sessions = await revokeUserSessions(ctx.tx, input.session.userId, ctx.now);
  await ctx.audit({ action: 'logout.everywhere', objectType: 'user', objectId: input.session.userId, details: { sessions } });
  return sessions;
});
