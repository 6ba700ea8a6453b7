import { eq } from 'drizzle-orm';
import { requiresSecondFactor, type Role } from '../../../domain/access/roles';
import { defineProcedure, inTransaction } from '../../context/run';
import { users } from '../../db/schema';
import { errors } from '../../http/errors';
import type { SessionStage } from '../../http/route-policy';
import { amsterdamTime } from '../amsterdam-time';
import { verifyPassword } from '../password-hash';
import { normalizeEmail } from '../secrets';
import { createSession, revokeSession, type NewSession } from '../sessions';
import { lockedUntil, recordLoginFailure, resetLoginFailures, throttleKeys } from '../throttle';

export interface LoginInput {
  email: string;
  password: string;
  /** The session the browser had before, ended by this login. */
  previousSessionId: string | null;
}

export interface LoginResult {
  stage: SessionStage;
  session: NewSession;
}

/** The 429 answer while locked: the time in the Netherlands and the seconds to wait. */
export function lockedError(until: Date, now: Date, error: typeof errors.loginLocked = errors.loginLocked) {
  return error(amsterdamTime(until), Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)));
}

/**
 * Logs in with e-mail address and password. An unknown address, a wrong password and a
 * deactivated account get the same answer after the same work (a full argon2 verification), and
 * count alike towards the lock-out, so nothing tells them apart. Every attempt is audited. The
 * password is verified outside any transaction: argon2 takes a while, and the embedded database
 * would wait for it.
 */
export const passwordLogin = defineProcedure('login', async (ctx, input: LoginInput): Promise<LoginResult> => {
  const email = normalizeEmail(input.email);
  const now = ctx.services.clock();
  const keys = throttleKeys(email, ctx.origin ?? '');
  // Across tenants by design: the login name is unique in the installation, and which
  // municipality the person belongs to is what this lookup finds out. Also the lock-out table,
  // which is not a tenant table (it holds hashed login names and addresses, known or not).
  const { user, locked } = await inTransaction(
    ctx,
    async ({ tx }) => {
      const [found] = await tx
        .select({ id: users.id, municipality: users.municipality, roles: users.roles, active: users.active, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt })
        .from(users)
        .where(eq(users.email, email))
        .limit(1);
      return { user: found ?? null, locked: await lockedUntil(tx, keys, now) };
    },
    { municipality: null },
  );
  const scope = { municipality: user?.municipality ?? null };
  const attempt = { action: 'login', objectType: 'user', objectId: user?.id } as const;
  if (locked) {
    await inTransaction(ctx, (txCtx) => txCtx.audit({ ...attempt, result: 'denied', details: { reason: 'locked' } }), scope);
    throw lockedError(locked, now);
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || !user.active) {
    const reason = !user ? 'unknown-account' : !passwordOk ? (user.passwordHash ? 'wrong-password' : 'no-password') : 'inactive';
    const lock = await inTransaction(
      ctx,
      async (txCtx) => {
        const caused = await recordLoginFailure(txCtx.tx, keys, now);
        await txCtx.audit({ ...attempt, result: 'failure', details: { reason, method: 'password' } });
        if (caused) await txCtx.audit({ ...attempt, action: 'login.locked', details: { lockedUntil: caused.toISOString() } });
        return caused;
      },
      scope,
    );
    // The attempt that causes the lock already hears when to try again.
    if (lock) throw lockedError(lock, now);
    throw errors.invalidCredentials();
  }
  if (input.previousSessionId) {
    // Across tenants: the browser's previous session may belong to another account elsewhere.
    await inTransaction(ctx, ({ tx }) => revokeSession(tx, input.previousSessionId!, now), { municipality: null });
  }
  const stage: SessionStage = user.totpEnabledAt ? 'second-factor' : requiresSecondFactor(user.roles as Role[]) ? 'enrol-second-factor' : 'ok';
  return inTransaction(
    ctx,
    async (txCtx) => {
      await resetLoginFailures(txCtx.tx, keys);
      const session = await createSession(txCtx, { userId: user.id, secondFactorDone: stage === 'ok' });
      await txCtx.audit({
        // A login is complete once the second factor is given; the password alone is a step.
        action: stage === 'ok' ? 'login' : 'login.password',
        objectType: 'user',
        objectId: user.id,
        details: { method: 'password', ...(stage === 'ok' ? {} : { next: stage }) },
        by: { userId: user.id, as: 'gebruiker' },
      });
      return { stage, session };
    },
    scope,
  );
});
