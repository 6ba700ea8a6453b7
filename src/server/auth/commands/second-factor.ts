import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import { defineProcedure, inTransaction } from '../../context/run';
import { recoveryCodes, users } from '../../db/schema';
import type { Tx } from '../../db/tenant';
import { errors } from '../../http/errors';
import type { AuthSession } from '../../http/route-policy';
import { hashRecoveryCode, newRecoveryCodes } from '../recovery-codes';
import { normalizeEmail } from '../secrets';
import { createSession, revokeSession, type NewSession } from '../sessions';
import { lockedUntil, recordLoginFailure, resetLoginFailures, throttleKeys } from '../throttle';
import { matchTotp, newTotpSecret, totpUri } from '../totp';
import { openTotpSecret, sealTotpSecret } from '../totp-secret';
import { lockedError } from './password-login';

/**
 * Accepts a TOTP step only if it is later than the last accepted one, atomically: the same code
 * (or an older one) seen over someone's shoulder cannot be used again, not even concurrently.
 */
async function claimStep(tx: Tx, userId: string, step: number): Promise<boolean> {
  const claimed = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length === 1;
}

/** Uses up a recovery code; each works once. */
async function claimRecoveryCode(tx: Tx, userId: string, code: string, now: Date): Promise<boolean> {
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

/**
 * The second step of a login: a code from the authenticator app or a recovery code. Success ends
 * the half-way session and starts a new, complete one. A wrong code counts towards the same
 * lock-out as a wrong password.
 */
export const verifySecondFactor = defineProcedure('login.second-factor', async (ctx, input: { session: AuthSession; code: string }): Promise<NewSession> => {
  const { session } = input;
  if (session.stage !== 'second-factor') throw errors.secondFactorNotPending();
  const now = ctx.services.clock();
  const code = input.code.trim();
  const { keyring } = ctx.services;
  const result = await inTransaction(ctx, async (txCtx) => {
    const { tx } = txCtx;
    const [user] = await tx.select({ email: users.email, totpSecret: users.totpSecret }).from(users).where(eq(users.id, session.userId));
    if (!user?.totpSecret) return { kind: 'not-pending' as const };
    const keys = throttleKeys(normalizeEmail(user.email), ctx.origin ?? '');
    const audit = { objectType: 'user', objectId: session.userId };
    const locked = await lockedUntil(tx, keys, now);
    if (locked) {
      await txCtx.audit({ ...audit, action: 'login.second-factor', result: 'denied', details: { reason: 'locked' } });
      return { kind: 'locked' as const, until: locked };
    }
    const isTotp = /^\d{6}$/.test(code);
    let ok: boolean;
    if (isTotp) {
      const step = matchTotp(openTotpSecret(keyring, session.userId, 'secret', user.totpSecret), code, now);
      ok = step !== null && (await claimStep(tx, session.userId, step));
    } else {
      ok = await claimRecoveryCode(tx, session.userId, code, now);
    }
    const method = isTotp ? 'totp' : 'recovery-code';
    if (!ok) {
      const caused = await recordLoginFailure(tx, keys, now);
      await txCtx.audit({ ...audit, action: 'login.second-factor', result: 'failure', details: { method } });
      if (caused) await txCtx.audit({ ...audit, action: 'login.locked', details: { lockedUntil: caused.toISOString() } });
      return caused ? { kind: 'locked' as const, until: caused } : { kind: 'wrong' as const };
    }
    await resetLoginFailures(tx, keys);
    await revokeSession(tx, session.id, now);
    const fresh = await createSession(txCtx, { userId: session.userId, secondFactorDone: true });
    const details: Record<string, unknown> = { method: `password+${method}` };
    if (!isTotp) details.recoveryCodesLeft = await unusedRecoveryCodes(tx, session.userId);
    await txCtx.audit({ ...audit, action: 'login', details });
    return { kind: 'ok' as const, session: fresh };
  });
  switch (result.kind) {
    case 'ok':
      return result.session;
    case 'locked':
      throw lockedError(result.until, now);
    case 'wrong':
      throw errors.secondFactorInvalid();
    case 'not-pending':
      throw errors.secondFactorNotPending();
  }
});

async function unusedRecoveryCodes(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Enrolment is for a user who has given the password and has no second factor yet. */
function assertMayEnrol(session: AuthSession): void {
  if (session.stage === 'second-factor') throw errors.secondFactorRequired();
  if (session.hasTotp) throw errors.secondFactorAlreadyEnabled();
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

/**
 * Starts setting up the authenticator app: a new secret, kept aside until the user proves with a
 * code that the app has it. Starting again replaces the secret. Stored encrypted; shown only now.
 */
export const startEnrolment = defineProcedure('second-factor.enrol', async (ctx, input: { session: AuthSession }): Promise<Enrolment> => {
  const { session } = input;
  assertMayEnrol(session);
  const secret = newTotpSecret();
  const email = await inTransaction(ctx, async (txCtx) => {
    const [user] = await txCtx.tx
      .update(users)
      .set({ totpPendingSecret: sealTotpSecret(ctx.services.keyring, session.userId, 'pending', secret) })
      .where(eq(users.id, session.userId))
      .returning({ email: users.email });
    await txCtx.audit({ action: 'second-factor.enrol', objectType: 'user', objectId: session.userId });
    return user!.email;
  });
  // The app shows the e-mail address next to the code, so someone with several accounts knows which is which.
  const otpauthUri = totpUri(secret, email);
  return { secret, otpauthUri, qrDataUrl: await (await import('qrcode')).default.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 256 }) };
});

export interface ConfirmedEnrolment {
  recoveryCodes: string[];
  session: NewSession;
}

/**
 * Confirms the authenticator app with a code: the pending secret becomes the second factor, ten
 * new recovery codes are made (shown once, stored hashed), and a new complete session replaces the
 * current one (whoever set up the factor has now given it).
 */
export const confirmEnrolment = defineProcedure('second-factor.confirm', async (ctx, input: { session: AuthSession; code: string }): Promise<ConfirmedEnrolment> => {
  const { session } = input;
  assertMayEnrol(session);
  const { keyring } = ctx.services;
  const codes = newRecoveryCodes();
  const result = await inTransaction(ctx, async (txCtx) => {
    const { tx, now } = txCtx;
    const [user] = await tx.select({ pending: users.totpPendingSecret }).from(users).where(eq(users.id, session.userId)).for('update');
    if (!user?.pending) return { kind: 'no-enrolment' as const };
    const audit = { action: 'second-factor.confirm', objectType: 'user', objectId: session.userId };
    // Bound to its column: re-encrypted as the confirmed secret below.
    const pending = openTotpSecret(keyring, session.userId, 'pending', user.pending);
    const step = matchTotp(pending, input.code.trim(), now);
    if (step === null) {
      await txCtx.audit({ ...audit, result: 'failure' });
      return { kind: 'wrong' as const };
    }
    await tx
      .update(users)
      .set({ totpSecret: sealTotpSecret(keyring, session.userId, 'secret', pending), totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step })
      .where(eq(users.id, session.userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, session.userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: session.userId, codeHash: hashRecoveryCode(c) })));
    await revokeSession(tx, session.id, now);
    const fresh = await createSession(txCtx, { userId: session.userId, secondFactorDone: true });
    await txCtx.audit({ ...audit, details: { recoveryCodes: codes.length } });
    return { kind: 'ok' as const, session: fresh };
  });
  if (result.kind === 'no-enrolment') throw errors.secondFactorNoEnrolment();
  if (result.kind === 'wrong') throw errors.secondFactorConfirmFailed();
  return { recoveryCodes: codes, session: result.session };
});
