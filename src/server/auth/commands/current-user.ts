import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import type { SessionUser } from '../../../domain/access/views';
import { defineCommand } from '../../context/run';
import { users } from '../../db/schema';
import type { AuthSession } from '../../http/route-policy';

/**
 * The logged-in user's own account. Not audited: it is the user reading their own name and roles
 * (on every page load), not a read of someone else's personal data.
 */
export const currentUser = defineCommand('account.read', async (ctx, session: AuthSession): Promise<SessionUser | null> => {
  const [user] = await ctx.tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      roles: users.roles,
      municipality: users.municipality,
      region: users.region,
      totpEnabledAt: users.totpEnabledAt,
      // Whether there is a password to change, never the hash itself.
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.id, session.userId));
  if (!user) return null;
  const { totpEnabledAt, roles, ...rest } = user;
  return { ...rest, roles: roles as Role[], secondFactor: totpEnabledAt !== null };
});
