import type { Role } from '../../../domain/access/roles';
import { defineProcedure, inTransaction } from '../../context/run';
import { errors } from '../../http/errors';
import { issueActivationToken, type ActivationToken } from './activation-token';
import { insertUser } from './insert-user';
import { isUniqueViolation } from './unique-violation';

export interface CreateUserInput {
  name: string;
  email: string;
  roles: readonly Role[];
}

export interface CreatedUser {
  userId: string;
  /** For the one-time link (`activationLink`); the user chooses a password with it. */
  activation: ActivationToken;
}

/**
 * Creates a user of the context's municipality without a password, and a one-time activation
 * token valid 72 hours: nobody but the user ever knows the password. Used by the API (beheerder)
 * and the CLI (operator).
 */
export const createUser = defineProcedure('user.create', async (ctx, input: CreateUserInput): Promise<CreatedUser> => {
  try {
    return await inTransaction(ctx, async (txCtx) => {
      const userId = await insertUser(txCtx.tx, { ...input, municipality: ctx.municipality!, now: txCtx.now });
      const activation = await issueActivationToken(txCtx.tx, userId, txCtx.now);
      await txCtx.audit({ action: 'user.create', objectType: 'user', objectId: userId, details: { roles: [...new Set(input.roles)] } });
      return { userId, activation };
    });
  } catch (error) {
    // The address may belong to an account of another municipality, invisible from this tenant.
    if (isUniqueViolation(error)) throw errors.emailTaken();
    throw error;
  }
});
