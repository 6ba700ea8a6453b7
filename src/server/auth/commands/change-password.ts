import { and, eq } from 'drizzle-orm';
import type { TxContext } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { municipalities, sessions, users } from '../../db/schema';
import { errors } from '../../http/errors';
import type { AuthSession } from '../../http/route-policy';
import { hashPassword, verifyPassword } from '../password-hash';
import { requireAcceptablePassword } from '../password-thread';
import { normalizeEmail } from '../secrets';
import { createSession, revokeUserSessions, type NewSession } from '../sessions';
import { EMAIL_FAILURE_LIMIT, LOCK_MS, lockedUntil, recordLoginFailure, resetLoginFailures, throttleKeys } from '../throttle';
import { lockedError } from './password-login';

export interface PasswordChange {
  session: AuthSession;
  currentPassword: string;
  newPassword: string;
}

const wrongCurrentPassword = () => errors.currentPasswordInvalid(EMAIL_FAILURE_LIMIT, LOCK_MS / 60_000);

/**
 * The logged-in user changes their own password, proving with the current one that it is them
 * (not someone at an unattended computer). A wrong current password counts towards the same
 * lock-out as a wrong password at login: a stolen session cannot be used to guess it. The new
 * password passes the policy of every password. On success every session of the user ends (a
 * password changed after a suspected leak must lock others out), and this browser continues in a
 * new session with a new id and the same absolute time-out; the audit record in the same
 * transaction holds the count of other sessions ended, never a password or hash.
 */
export const changePassword = defineProcedure('password.change', async (ctx, input: PasswordChange): Promise<NewSession> => {
  const { session } = input;
  const now = ctx.services.clock();
  const inScope = <T>(work: (txCtx: TxContext) => Promise<T>) => inTransaction(ctx, work);
  const audit = { action: 'password.change', objectType: 'user', objectId: session.userId };

  const account = await inScope(async ({ tx }) => {
    const [user] = await tx
      .select({ email: users.email, name: users.name, municipalityName: municipalities.name, passwordHash: users.passwordHash })
      .from(users)
      .leftJoin(municipalities, eq(municipalities.code, users.municipality))
      .where(eq(users.id, session.userId));
    if (!user) return null;
    const keys = throttleKeys(normalizeEmail(user.email), ctx.origin ?? '');
    return { ...user, keys, locked: await lockedUntil(tx, keys, now) };
  });
  if (!account) throw errors.unauthenticated();
  const { email, name, municipalityName, passwordHash: currentHash, keys } = account;
  if (!currentHash) {
    // Logs in through the municipality's identity provider only: its password lives there.
    await inScope((txCtx) => txCtx.audit({ ...audit, result: 'failure', details: { reason: 'no-password' } }));
    throw errors.noPassword();
  }
  if (account.locked) {
    await inScope((txCtx) => txCtx.audit({ ...audit, result: 'denied', details: { reason: 'locked' } }));
    throw lockedError(account.locked, now, errors.passwordChangeLocked);
  }
  if (!(await verifyPassword(currentHash, input.currentPassword))) {
    const lock = await inScope(async (txCtx) => {
      const caused = await recordLoginFailure(txCtx.tx, keys, now);
      await txCtx.audit({ ...audit, result: 'failure', details: { reason: 'wrong-password' } });
      if (caused) await txCtx.audit({ ...audit, action: 'login.locked', details: { lockedUntil: caused.toISOString() } });
      return caused;
    });
    // The attempt that causes the lock already hears when to try again.
    if (lock) throw lockedError(lock, now, errors.passwordChangeLocked);
    throw wrongCurrentPassword();
  }
  await requireAcceptablePassword(input.newPassword, { email, name, municipality: municipalityName });
  if (input.newPassword === input.currentPassword) throw errors.passwordUnchanged();
  const passwordHash = await hashPassword(input.newPassword);

  const fresh = await inScope(async (txCtx) => {
    const { tx } = txCtx;
    // Only over the hash just verified: of two simultaneous changes one wins, the other is refused.
    const changed = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, session.userId), eq(users.passwordHash, currentHash)))
      .returning({ id: users.id });
    if (changed.length === 0) return null;
    const [current] = await tx.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.id, session.id));
    await resetLoginFailures(tx, keys);
    const ended = await revokeUserSessions(tx, session.userId, now);
    const next = await createSession(txCtx, { userId: session.userId, secondFactorDone: true, expiresAt: current?.expiresAt });
    // `ended` includes this browser's old session, which lives on under the new id.
    await txCtx.audit({ ...audit, details: { otherSessionsEnded: Math.max(0, ended - 1) } });
    return next;
  });
  if (!fresh) throw wrongCurrentPassword();
  return fresh;
});
