import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { asSystem, inTenant } from '../../db/tenant';
import { normalizeEmail } from '../secrets';
import { createSession, revokeSession, type NewSession } from '../sessions';
import type { AuthSettings } from '../settings';

export type SsoFailureReason = 'unknown-account' | 'no-email' | 'no-state' | 'provider-error' | 'not-configured';

/**
 * Completes an SSO login for the e-mail address the identity provider vouched for: only an active
 * account of THAT municipality (the lookup runs in its tenant, so an account elsewhere with the
 * same address is invisible). The session is complete at once: the municipality's identity
 * provider is responsible for the second factor (docs/decisions/0005-authentication.md).
 */
export async function finishSsoLogin(
  db: Db,
  settings: AuthSettings,
  input: { municipality: string; email: string; origin: string; previousSessionId: string | null },
): Promise<NewSession | null> {
  const now = settings.now();
  const email = normalizeEmail(input.email);
  if (input.previousSessionId) {
    // Across tenants: the browser's previous session may belong to another account elsewhere.
    await asSystem(db, (tx) => revokeSession(tx, input.previousSessionId!, now));
  }
  return inTenant(db, input.municipality, async (tx) => {
    const [user] = await tx.select({ id: users.id, active: users.active }).from(users).where(eq(users.email, email));
    if (!user || !user.active) {
      await recordAudit(tx, {
        municipality: input.municipality,
        actorUserId: null,
        actor: 'anoniem',
        action: 'login',
        objectType: 'user',
        objectId: user?.id,
        result: 'failure',
        origin: input.origin,
        details: { method: 'sso', reason: user ? 'inactive' : 'unknown-account' },
      });
      return null;
    }
    const session = await createSession(tx, { userId: user.id, secondFactorDone: true, origin: input.origin, now, settings });
    await recordAudit(tx, {
      municipality: input.municipality,
      actorUserId: user.id,
      actor: 'gebruiker',
      action: 'login',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      origin: input.origin,
      details: { method: 'sso' },
    });
    return session;
  });
}

/** An SSO attempt that failed before an account could be looked up (no state, provider error). */
export async function recordSsoFailure(
  db: Db,
  input: { municipality: string | null; reason: SsoFailureReason; origin: string },
): Promise<void> {
  const entry = {
    municipality: input.municipality,
    actorUserId: null,
    actor: 'anoniem',
    action: 'login',
    result: 'failure' as const,
    origin: input.origin,
    details: { method: 'sso', reason: input.reason },
  };
  if (input.municipality) await inTenant(db, input.municipality, (tx) => recordAudit(tx, entry));
  // Without a municipality (the state cookie was missing) the record goes to the installation's chain.
  else await asSystem(db, (tx) => recordAudit(tx, entry));
}
