import type { Role } from '../../../domain/access/roles';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { inTenant } from '../../db/tenant';
import { errors } from '../../http/errors';
import { issueActivationToken, type ActivationToken } from './activation-token';
import type { CommandActor } from './command-actor';
import { insertUser } from './insert-user';
import { isUniqueViolation } from './unique-violation';

export interface CreateUserInput {
  municipality: string;
  name: string;
  email: string;
  roles: readonly Role[];
  actor: CommandActor;
  now?: Date;
}

export interface CreatedUser {
  userId: string;
  /** For the one-time link (`activationLink`); the user chooses a password with it. */
  activation: ActivationToken;
}

/**
 * Creates a user without a password, and a one-time activation token valid 72 hours: nobody but
 * the user ever knows the password. Used by the API (beheerder) and the CLI (operator).
 */
export async function createUser(db: Db, input: CreateUserInput): Promise<CreatedUser> {
  const now = input.now ?? new Date();
  try {
    return await inTenant(db, input.municipality, async (tx) => {
      const userId = await insertUser(tx, { ...input, now });
      const activation = await issueActivationToken(tx, userId, now);
      await recordAudit(tx, {
        municipality: input.municipality,
        actorUserId: input.actor.userId,
        actor: input.actor.kind,
        action: 'user.create',
        objectType: 'user',
        objectId: userId,
        result: 'success',
        origin: input.actor.origin,
        details: { roles: [...new Set(input.roles)] },
      });
      return { userId, activation };
    });
  } catch (error) {
    // The address may belong to an account of another municipality, invisible from this tenant.
    if (isUniqueViolation(error)) throw errors.emailTaken();
    throw error;
  }
}
