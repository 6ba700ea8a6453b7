import { eq } from 'drizzle-orm';
import { requiresSecondFactor, type Role } from '../../../domain/access/roles';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { asSystem } from '../../db/tenant';
import { errors } from '../../http/errors';
import type { SessionStage } from '../../http/route-policy';
import { amsterdamTime } from '../amsterdam-time';
import { verifyPassword } from '../password-hash';
import { normalizeEmail } from '../secrets';
import { createSession, revokeSession, type NewSession } from '../sessions';
import type { AuthSettings } from '../settings';
import { lockedUntil, recordLoginFailure, resetLoginFailures, throttleKeys } from '../throttle';
import { inUserScope } from '../user-scope';

export interface LoginInput {
  email: string;
  password: string;
  /** The client's IP address. */
  origin: string;
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
 * count alike towards the lock-out, so nothing tells them apart. Every attempt is audited.
 */
export async function passwordLogin(db: Db, settings: AuthSettings, input: LoginInput): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const now = settings.now();
  const keys = throttleKeys(email, input.origin);
  // Across tenants by design: the login name is unique in the installation, and which
  // municipality the person belongs to is what this lookup finds out. Also the lock-out table,
  // which is not a tenant table (it holds hashed login names and addresses, known or not).
  const { user, locked } = await asSystem(db, async (tx) => {
    const [found] = await tx
      .select({ id: users.id, municipality: users.municipality, roles: users.roles, active: users.active, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt })
      .from(users)
      .where(eq(users.email, email))
      .limit(1);
    return { user: found ?? null, locked: await lockedUntil(tx, keys, now) };
  });
  const municipality = user?.municipality ?? null;
  const attempt = { actorUserId: null, actor: 'anoniem', objectType: 'user', objectId: user?.id, origin: input.origin } as const;

  if (locked) {
    await inUserScope(db, municipality, (tx) =>
      recordAudit(tx, { ...attempt, municipality, action: 'login', result: 'denied', details: { reason: 'locked' } }),
    );
    throw lockedError(locked, now);
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || !user.active) {
    const reason = !user ? 'unknown-account' : !passwordOk ? (user.passwordHash ? 'wrong-password' : 'no-password') : 'inactive';
    const lock = await inUserScope(db, municipality, async (tx) => {
      const caused = await recordLoginFailure(tx, keys, now);
      await recordAudit(tx, { ...attempt, municipality, action: 'login', result: 'failure', details: { reason, method: 'password' } });
      if (caused) await recordAudit(tx, { ...attempt, municipality, action: 'login.locked', result: 'success', details: { lockedUntil: caused.toISOString() } });
      return caused;
    });
    // The attempt that causes the lock already hears when to try again.
    if (lock) throw lockedError(lock, now);
    throw errors.invalidCredentials();
  }

  if (input.previousSessionId) {
    // Across tenants: the browser's previous session may belong to another account elsewhere.
    await asSystem(db, (tx) => revokeSession(tx, input.previousSessionId!, now));
  }
  const stage: SessionStage = user.totpEnabledAt ? 'second-factor' : requiresSecondFactor(user.roles as Role[]) ? 'enrol-second-factor' : 'ok';
  return inUserScope(db, municipality, async (tx) => {
    await resetLoginFailures(tx, keys);
    const session = await createSession(tx, { userId: user.id, secondFactorDone: stage === 'ok', origin: input.origin, now, settings });
    await recordAudit(tx, {
      municipality,
      actorUserId: user.id,
      actor: 'gebruiker',
      // A login is complete once the second factor is given; the password alone is a step.
      action: stage === 'ok' ? 'login' : 'login.password',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      origin: input.origin,
      details: { method: 'password', ...(stage === 'ok' ? {} : { next: stage }) },
    });
    return { stage, session };
  });
}
