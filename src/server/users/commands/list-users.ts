import { asc, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import type { User } from '../../../domain/access/views';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { CommandActor } from './command-actor';

/** A user as the API answers them (src/domain/access/views.ts), with the creation moment as a date. */
export type UserSummary = Omit<User, 'createdAt'> & { createdAt: Date };

/** The users of one municipality, by name; the read of their personal data is audited. */
export async function listUsers(db: Db, input: { municipality: string; actor: CommandActor }): Promise<UserSummary[]> {
  return inTenant(db, input.municipality, async (tx) => {
    const rows = await tx
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        roles: users.roles,
        active: users.active,
        secondFactor: sql<boolean>`${users.totpEnabledAt} is not null`,
        hasPassword: sql<boolean>`${users.passwordHash} is not null`,
        createdAt: users.createdAt,
      })
      .from(users)
      .orderBy(asc(users.name), asc(users.email));
    await recordAudit(tx, {
      municipality: input.municipality,
      actorUserId: input.actor.userId,
      actor: input.actor.kind,
      action: 'user.list',
      objectType: 'user',
      result: 'success',
      origin: input.actor.origin,
      details: { count: rows.length },
    });
    return rows.map((r) => ({ ...r, roles: r.roles as Role[] }));
  });
}
