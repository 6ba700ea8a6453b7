import type { ActingRole } from '../../domain/access/policies';
import type { Role } from '../../domain/access/roles';

/**
 * Who runs a command: a logged-in user in some capacity (the policy of the route says which: a
 * melder, the AF, a beheerder, ...), a visitor without an account (someone logging in, a partner
 * with a feedback link, the first set-up), or the installation itself (a job, the CLI, a test).
 */
export type CommandActor =
  | { kind: 'user'; userId: string; as: ActingRole; roles: readonly Role[]; municipality: string | null; region: string | null }
  | { kind: 'visitor'; as: Extract<ActingRole, 'anoniem' | 'partner' | 'inrichting'> }
  | { kind: 'system'; name: 'systeem' | 'cli' | 'test' };

/** The actor as the audit trail records it: the user, and the capacity or kind of actor. */
export function auditActor(actor: CommandActor): { actorUserId: string | null; actor: string } {
  switch (actor.kind) {
    case 'user':
      return { actorUserId: actor.userId, actor: actor.as };
    case 'visitor':
      return { actorUserId: null, actor: actor.as };
    case 'system':
      return { actorUserId: null, actor: actor.name };
  }
}

/** The user behind a command; for commands that only a logged-in user can run. */
export function userOf(actor: CommandActor): Extract<CommandActor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw new Error(`a user is required, not ${actor.kind}`);
  return actor;
}
