import { and, arrayContains, eq } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import { revokeUserSessions } from '../../auth/sessions';
import { defineCommand } from '../../context/run';
import { users } from '../../db/schema';
import { errors } from '../../http/errors';

export interface UserChanges {
  name?: string;
  roles?: readonly Role[];
  active?: boolean;
  /** null clears it. */
  department?: string | null;
}

/**
 * Changes a user's name, roles or active state. Deactivating, and any change of roles, ends the
 * user's sessions: a new role may need a second factor, and a removed one must stop working now,
 * not at the next login. The last active beheerder of a municipality cannot be removed, or nobody
 * could manage its users any more.
 */
export const updateUser = defineCommand('user.update', async (ctx, input: { userId: string; changes: UserChanges }): Promise<void> => {
  const { tx, now } = ctx;
  const { changes } = input;
  const [user] = await tx.select({ roles: users.roles, active: users.active, department: users.department }).from(users).where(eq(users.id, input.userId)).for('update');
  if (!user) throw errors.userNotFound(input.userId);
  const roles = changes.roles ? [...new Set(changes.roles)] : (user.roles as Role[]);
  const active = changes.active ?? user.active;
  const wasBeheerder = user.active && user.roles.includes('beheerder');
  if (wasBeheerder && !(active && roles.includes('beheerder'))) {
    // Locks every active beheerder of the municipality: two beheerders removing each other at
    // the same moment are serialised, and the second one is refused.
    const beheerders = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.active, true), arrayContains(users.roles, ['beheerder'])))
      .for('update');
    if (!beheerders.some((b) => b.id !== input.userId)) throw errors.lastBeheerder(input.userId);
  }
  const rolesChanged = changes.roles !== undefined && !sameSet(roles, user.roles);
  const activeChanged = changes.active !== undefined && changes.active !== user.active;
  const set = {
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
    ...(rolesChanged ? { roles } : {}),
    ...(activeChanged ? { active, deactivatedAt: active ? null : now } : {}),
    ...(changes.department !== undefined && changes.department !== user.department ? { department: changes.department } : {}),
  };
  // Activating an active user (or giving the roles it has) changes nothing: there is no row to update.
  if (Object.keys(set).length > 0) await tx.update(users).set(set).where(eq(users.id, input.userId));
  const sessionsRevoked = rolesChanged || (activeChanged && !active) ? await revokeUserSessions(tx, input.userId, now) : 0;
  await ctx.audit({
    action: 'user.update',
    objectType: 'user',
    objectId: input.userId,
    details: {
      // Which fields changed, never their values (a name is personal data); roles are not.
      fields: Object.keys(changes).filter((k) => changes[k as keyof UserChanges] !== undefined),
      ...(rolesChanged ? { rolesAdded: roles.filter((r) => !user.roles.includes(r)), rolesRemoved: user.roles.filter((r) => !roles.includes(r as Role)) } : {}),
      ...(activeChanged ? { active } : {}),
      sessionsRevoked,
    },
  });
});

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === new Set(b).size && a.every((x) => b.includes(x));
}
