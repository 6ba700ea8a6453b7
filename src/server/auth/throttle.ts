import { eq, inArray } from 'drizzle-orm';
import { loginThrottle } from '../db/schema';
import type { Tx } from '../db/tenant';
import { sha256 } from './secrets';

/** Consecutive failures for one login name (known or not) before it is locked. */
export const EMAIL_FAILURE_LIMIT = 5;
/** Failures from one client address within the window before that address is locked. */
export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export interface ThrottleKeys {
  email: string;
  ip: string;
}

/**
 * The keys of a login attempt. Hashed, so the table holds no login names or addresses in clear
 * text; counted whether or not the account exists, so a lock-out reveals nothing about that.
 */
export function throttleKeys(normalizedEmail: string, ip: string): ThrottleKeys {
  return { email: `email:${sha256(normalizedEmail)}`, ip: `ip:${sha256(ip)}` };
}

/** The moment the later of the two locks ends, or null when neither is locked. */
export async function lockedUntil(tx: Tx, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const rows = await tx.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(inArray(loginThrottle.key, [keys.email, keys.ip]));
  const until = rows.map((r) => r.lockedUntil).filter((d): d is Date => d !== null && d.getTime() > now.getTime());
  return until.length === 0 ? null : new Date(Math.max(...until.map((d) => d.getTime())));
}

/**
 * Counts one failure for the login name (consecutive failures) and the client address (failures
 * within a window). Returns the end of a lock this failure caused, or null. Rows are locked while
 * counting, so simultaneous attempts cannot slip past the limit.
 */
export async function recordLoginFailure(tx: Tx, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  let caused: Date | null = null;
  for (const key of [keys.email, keys.ip]) {
    await tx.insert(loginThrottle).values({ key, failures: 0, updatedAt: now }).onConflictDoNothing();
    const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for('update');
    if (!row) continue;
    let failures: number;
    let firstFailureAt: Date | null;
    if (key === keys.email) {
      failures = row.failures + 1;
      firstFailureAt = row.firstFailureAt ?? now;
    } else {
      const windowOver = row.firstFailureAt === null || now.getTime() - row.firstFailureAt.getTime() >= IP_WINDOW_MS;
      failures = windowOver ? 1 : row.failures + 1;
      firstFailureAt = windowOver ? now : row.firstFailureAt;
    }
    const limit = key === keys.email ? EMAIL_FAILURE_LIMIT : IP_FAILURE_LIMIT;
    if (failures >= limit) {
      // Counting starts afresh once the lock has passed.
      await tx.update(loginThrottle).set({ failures: 0, firstFailureAt: null, lockedUntil: lockUntil, updatedAt: now }).where(eq(loginThrottle.key, key));
      caused = lockUntil;
    } else {
      await tx.update(loginThrottle).set({ failures, firstFailureAt, updatedAt: now }).where(eq(loginThrottle.key, key));
    }
  }
  return caused;
}

/**
 * A successful login ends the count of consecutive failures of that login name. Not of the client
 * address: one valid account must not let an attacker reset the count of an address that guesses
 * others. (A success is only possible while not locked, so no lock is lifted early here.)
 */
export async function resetLoginFailures(tx: Tx, keys: ThrottleKeys): Promise<void> {
  await tx.delete(loginThrottle).where(eq(loginThrottle.key, keys.email));
}
