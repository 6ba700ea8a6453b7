import { eq } from 'drizzle-orm';
import type { Context } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { users } from '../../db/schema';
import { normalizeEmail } from '../secrets';
import { createSession, revokeSession, type NewSession } from '../sessions';

export type SsoFailureReason = 'unknown-account' | 'no-email' | 'no-state' | 'provider-error' | 'not-configured';

/**
 * Completes an SSO login for the e-mail address the identity provider vouched for: only an active
 * account of THAT municipality (the lookup runs in its tenant, so an account elsewhere with the
 * same address is invisible). The session is complete at once: the municipality's identity
 * provider is responsible for the second factor (docs/decisions/0005-authentication.md).
 */
export const finishSsoLogin = defineProcedure(
  'login',
  async (ctx, input: { municipality: string; email: string; previousSessionId: string | null }): Promise<NewSession | null> => {
    const email = normalizeEmail(input.email);
    if (input.previousSessionId) {
      // Across tenants: the browser's previous session may belong to another account elsewhere.
      await inTransaction(ctx, (txCtx) => revokeSession(txCtx.tx, input.previousSessionId!, txCtx.now), { municipality: null });
    }
    return inTransaction(
      ctx,
      async (txCtx) => {
        const [user] = await txCtx.tx.select({ id: users.id, active: users.active }).from(users).where(eq(users.email, email));
        if (!user || !user.active) {
          await txCtx.audit({
            action: 'login',
            objectType: 'user',
            objectId: user?.id,
            result: 'failure',
            details: { method: 'sso', reason: user ? 'inactive' : 'unknown-account' },
          });
          return null;
        }
        const session = await createSession(txCtx, { userId: user.id, secondFactorDone: true });
        await txCtx.audit({ action: 'login', objectType: 'user', objectId: user.id, details: { method: 'sso' }, by: { userId: user.id, as: 'gebruiker' } });
        return session;
      },
      { municipality: input.municipality },
    );
  },
);

/**
 * An SSO attempt that failed before an account could be looked up (no state, provider error).
 * Without a municipality (the state cookie was missing) the record goes to the installation's chain.
 */
export function recordSsoFailure(ctx: Context, input: { municipality: string | null; reason: SsoFailureReason }): Promise<void> {
  return inTransaction(ctx, (txCtx) => txCtx.audit({ action: 'login', result: 'failure', details: { method: 'sso', reason: input.reason } }), {
    municipality: input.municipality,
  });
}
