import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../domain/access/roles';
import { defineProcedure, inTransaction } from '../context/run';
import type { Db } from '../db/client';
import { municipalities, setupTokens, users } from '../db/schema';
import { asSystem } from '../db/tenant';
import { errors } from '../http/errors';
import { insertUser } from '../users/commands/insert-user';
import { isUniqueViolation } from '../users/commands/unique-violation';
import { amsterdamTime } from './amsterdam-time';
import { hashPassword } from './password-hash';
import { requireAcceptablePassword } from './password-thread';
import { randomToken, sha256 } from './secrets';

export const SETUP_VALID_MS = 60 * 60_000;
export const FIRST_USER_ROLES: readonly Role[] = ['beheerder', 'medewerker'];

// Every function here looks at the installation as a whole (are there users at all?) and runs
// before any tenant exists: asSystem by design.

export async function setupNeeded(db: Db): Promise<boolean> {
  const [row] = await asSystem(db, (tx) => tx.select({ n: count() }).from(users));
  return (row?.n ?? 0) === 0;
}

export interface SetupLink {
  link: string;
  expiresAt: Date;
  /** The one line the server prints at start. */
  line: string;
}

/**
 * At start with an empty users table: a one-time token (stored hashed, valid one hour) and the link
 * to create the first beheerder with. The token sits in the fragment (#), which the browser never
 * sends to the server, so it cannot end up in an access log. Null when there are users already.
 */
export async function prepareFirstUse(db: Db, input: { publicUrl: string; now?: Date }): Promise<SetupLink | null> {
  if (!(await setupNeeded(db))) return null;
  const now = input.now ?? new Date();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SETUP_VALID_MS);
  await asSystem(db, (tx) => tx.insert(setupTokens).values({ tokenHash: sha256(token), expiresAt }));
  const link = `${input.publicUrl}/inrichten#token=${token}`;
  return { link, expiresAt, line: `Eerste gebruik: maak de eerste beheerder aan via ${link} (geldig tot ${amsterdamTime(expiresAt)})` };
}

export interface FirstUserInput {
  token: string;
  municipality: string;
  name: string;
  email: string;
  password: string;
}

/**
 * Creates the first user (beheerder and medewerker) with the set-up token. Refused once any user
 * exists, and for an unknown, expired or used token. The new beheerder then logs in and sets up a
 * second factor like everyone else.
 */
export const createFirstUser = defineProcedure('user.create', async (ctx, input: FirstUserInput): Promise<string> => {
  const { db } = ctx.services.database;
  const now = ctx.services.clock();
  const tokenHash = sha256(input.token);
  const valid = and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, now));
  const [token] = await asSystem(db, (tx) => tx.select({ hash: setupTokens.tokenHash }).from(setupTokens).where(valid));
  if (!token || !(await setupNeeded(db))) throw errors.setupUnavailable();
  const [place] = await asSystem(db, (tx) => tx.select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.code, input.municipality)));
  await requireAcceptablePassword(input.password, { email: input.email, name: input.name, municipality: place?.name });
  const passwordHash = await hashPassword(input.password);
  let userId: string | null;
  try {
    userId = await inTransaction(ctx, async (txCtx) => {
      const { tx } = txCtx;
      // One set-up at a time, even with several valid tokens (the server was restarted).
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('signaalroute.setup'))`);
      const [existing] = await tx.select({ n: count() }).from(users);
      if ((existing?.n ?? 0) > 0) return null;
      const claimed = await tx.update(setupTokens).set({ usedAt: now }).where(valid).returning({ hash: setupTokens.tokenHash });
      if (claimed.length === 0) return null;
      const id = await insertUser(tx, { municipality: input.municipality, name: input.name, email: input.email, roles: FIRST_USER_ROLES, passwordHash, now });
      await txCtx.audit({ action: 'user.create', objectType: 'user', objectId: id, details: { roles: FIRST_USER_ROLES, via: 'setup-token' }, municipality: input.municipality });
      return id;
    }, { municipality: null });
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.setupUnavailable();
    throw error;
  }
  if (!userId) throw errors.setupUnavailable();
  return userId;
});
