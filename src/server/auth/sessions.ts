import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Actor, Role } from '../../domain/access/roles';
import type { TxContext } from '../context/context';
import type { Services, SessionSettings } from '../context/services';
import { sessions, users } from '../db/schema';
import type { Tx } from '../db/tenant';
import type { AuthSession, SessionStage } from '../http/route-policy';
import { randomToken, sha256 } from './secrets';

export interface NewSession {
  /** Goes into the cookie and nowhere else; the database keeps only its hash. */
  token: string;
  id: string;
  csrfToken: string;
}

/** last_seen_at is written at most this often: a request does not have to cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Starts a new session. Always a new token: a session id that existed before the login (and that
 * someone may have planted) never becomes a logged-in session. `expiresAt` keeps the absolute
 * time-out of the session this one replaces (a new id for the same login does not extend it).
 */
export async function createSession(ctx: TxContext, input: { userId: string; secondFactorDone: boolean; expiresAt?: Date | undefined }): Promise<NewSession> {
  const token = randomToken();
  const id = sha256(token);
  const csrfToken = randomToken();
  const { tx, now } = ctx;
  // Ended sessions of this user are of no further use (their login and logout are in the audit trail).
  await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, input.userId), or(isNotNull(sessions.revokedAt), lt(sessions.expiresAt, now))));
  await tx.insert(sessions).values({
    id,
    userId: input.userId,
    secondFactorDone: input.secondFactorDone,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: input.expiresAt ?? new Date(now.getTime() + ctx.services.sessions.absoluteMs),
    origin: ctx.origin,
  });
  return { token, id, csrfToken };
}

export async function revokeSession(tx: Tx, sessionId: string, now: Date): Promise<void> {
  await tx.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session of a user; returns how many were still open. */
export async function revokeUserSessions(tx: Tx, userId: string, now: Date): Promise<number> {
  const revoked = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}

export interface ResolvedSession {
  session: AuthSession;
  /** Set only when the login is complete (second factor given or not required) and the account active. */
  actor: Actor | null;
}

/**
 * Finds the session of a cookie token, if it is still valid: not revoked, not past its absolute
 * time-out, not idle for too long, and of an active account. Keeps the idle clock running.
 */
export async function resolveSession(services: Services, token: string): Promise<ResolvedSession | null> {
  const id = sha256(token);
  const now = services.clock();
  const settings = services.sessions;
  // Across tenants by design: until its session is found, the cookie is all we know of the visitor,
  // not even the municipality. The session id is the SHA-256 of a 32-byte random token. One
  // statement outside a transaction (the schema owner's connection, as asSystem): every signed-in
  // request starts here, and BEGIN and COMMIT around it were two of its round trips (issue 12).
  const { db } = services.database;
  const [row] = await db
    .select({
      userId: sessions.userId,
      secondFactorDone: sessions.secondFactorDone,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      municipality: users.municipality,
      region: users.region,
      roles: users.roles,
      active: users.active,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .limit(1);
  if (!row || !isCurrent(row, now, settings) || !row.active) return null;
  // The idle clock moves on at most once a minute; the update stands on its own.
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  if (!row) return null;
  const stage: SessionStage = row.secondFactorDone ? 'ok' : row.totpEnabledAt ? 'second-factor' : 'enrol-second-factor';
  return {
    session: { id, userId: row.userId, municipality: row.municipality, stage, csrfToken: row.csrfToken, hasTotp: row.totpEnabledAt !== null },
    actor: stage === 'ok' ? { userId: row.userId, roles: row.roles as Role[], municipality: row.municipality, region: row.region } : null,
  };
}

function isCurrent(row: { lastSeenAt: Date; expiresAt: Date }, now: Date, settings: SessionSettings): boolean {
  return now.getTime() < row.expiresAt.getTime() && now.getTime() - row.lastSeenAt.getTime() < settings.idleMs;
}
