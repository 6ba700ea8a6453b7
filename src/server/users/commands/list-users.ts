import { asc, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import type { User } from '../../../domain/access/views';
import { defineCommand } from '../../context/run';
import { users } from '../../db/schema';

/** A user as the API answers them (src/domain/access/views.ts), with the creation moment as a date. */
export type UserSummary = Omit<User, 'createdAt'> & { createdAt: Date };

/** The users of one municipality, by name; the read of their personal data is audited. */
export const listUsers = defineCommand('user.list', async (ctx, _input: void): Promise<UserSummary[]> => {
  const rows = await ctx.tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      roles: users.roles,
      active: users.active,
      department: users.department,
      secondFactor: sql<boolean>`${users.totpEnabledAt} is not null`,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.email));
  await ctx.audit({ action: 'user.list', objectType: 'user', details: { count: rows.length } });
  return rows.map((r) => ({ ...r, roles: r.roles as Role[] }));
});
