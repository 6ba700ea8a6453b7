import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../domain/access/roles';
import { hashPassword } from '../auth/password-hash';
import { createSession } from '../auth/sessions';
import { SESSION_COOKIE } from '../auth/cookies';
import { CSRF_HEADER } from '../auth/request-guard';
import { systemContext, userContext } from '../context/context';
import { inTransaction, run } from '../context/run';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { inTenant, queryRows } from '../db/tenant';
import { createUser } from '../users/commands/create-user';
import { sealedAuditContext } from '../audit/write-audit';
import { decryptField } from '../crypto/field-cipher';
import type { Keyring } from '../crypto/keyring';
import { testServices } from './test-services';

export interface TestUser {
  userId: string;
  municipality: string;
  email: string;
  name: string;
  password: string | null;
}

let counter = 0;

/**
 * A user made through the real `createUser` command (with its audit record), optionally with a
 * password set as if the activation link had been used.
 */
export async function createTestUser(
  db: Db,
  input: { municipality: string; roles: readonly Role[]; email?: string; name?: string; password?: string; now?: Date },
): Promise<TestUser> {
  counter += 1;
  const suffix = `${counter}-${crypto.randomBytes(3).toString('hex')}`;
  const email = input.email ?? `${input.roles[0]}-${suffix}@${input.municipality.toLowerCase()}.test`;
  const name = input.name ?? `Test ${input.roles.join(' ')} ${suffix}`;
  const services = testServices(db, { now: input.now });
  const { userId } = await run(systemContext(services, { name: 'test', municipality: input.municipality }), createUser, { name, email, roles: input.roles });
  if (input.password) {
    const passwordHash = await hashPassword(input.password);
    await inTenant(db, input.municipality, (tx) => tx.update(users).set({ passwordHash }).where(eq(users.id, userId)));
  }
  return { userId, municipality: input.municipality, email: email.toLowerCase(), name, password: input.password ?? null };
}

export interface TestLogin {
  userId: string;
  /** `sr_session=...`, for the cookie header. */
  cookie: string;
  csrfToken: string;
  /** Cookie and CSRF header, ready to spread into `app.inject({ headers })`. */
  headers: Record<string, string>;
}

/** A complete session (second factor done) for an existing user, straight in the database; `now` is when it started. */
export async function sessionFor(db: Db, user: { userId: string; municipality: string }, options: { now?: Date } = {}): Promise<TestLogin> {
  const ctx = userContext(testServices(db, { now: options.now }), user, 'gebruiker', '127.0.0.1');
  const session = await inTransaction(ctx, (txCtx) => createSession(txCtx, { userId: user.userId, secondFactorDone: true }));
  const cookie = `${SESSION_COOKIE}=${session.token}`;
  return { userId: user.userId, cookie, csrfToken: session.csrfToken, headers: { cookie, [CSRF_HEADER]: session.csrfToken } };
}

/**
 * Logs in a new user with the given roles in a municipality, in a few milliseconds: the user is
 * made with `createUser` and a complete session is written directly (no password, no TOTP).
 * Pass `now` when the app under test has its own clock.
 */
export async function loginAs(db: Db, input: { municipality: string; roles: readonly Role[]; now?: Date }): Promise<TestLogin & { user: TestUser }> {
  const user = await createTestUser(db, { municipality: input.municipality, roles: input.roles, now: input.now });
  return { ...(await sessionFor(db, user, { now: input.now })), user };
}

export interface AuditRecord {
  id: number;
  municipality: string | null;
  actor_user_id: string | null;
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  origin: string | null;
  details: Record<string, unknown>;
  at: Date;
  /** Shielded records (what a reporter did, ADR 11): their reference and sealed part. */
  sealed_ref: string | null;
  sealed: string | null;
}

/** Every audit record of the installation, as stored, in order of insertion per sequence (as the schema owner, across tenants). */
export async function allAuditRecords(db: Db): Promise<AuditRecord[]> {
  const rows = await queryRows<AuditRecord & { id: string }>(db, sql`select * from audit_events order by id`);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * The audit records with the sealed part of every shielded record opened into its fields, as the
 * AF of the municipality could open them one by one: for tests of what was recorded.
 */
export async function openedAuditRecords(db: Db, keyring: Keyring): Promise<(AuditRecord & { shielded: boolean })[]> {
  return (await allAuditRecords(db)).map((r) => {
    if (!r.sealed || !r.sealed_ref) return { ...r, shielded: false };
    const opened = JSON.parse(decryptField(keyring, sealedAuditContext(r.sealed_ref), r.sealed)) as {
      actorUserId: string | null;
      origin: string | null;
      objectId: string | null;
      details: Record<string, unknown>;
      at: string;
    };
    return { ...r, actor_user_id: opened.actorUserId, origin: opened.origin, object_id: opened.objectId, details: opened.details, at: new Date(opened.at), shielded: true };
  });
}

/** No e-mail address or name may appear in an audit record's details: ids and field names only. */
export function personalDataInAudit(records: AuditRecord[], people: { email: string; name: string }[]): string[] {
  const found: string[] = [];
  for (const record of records) {
    const details = JSON.stringify(record.details).toLowerCase();
    if (details.includes('@')) found.push(`${record.id} ${record.action}: e-mail address`);
    for (const p of people) {
      if (details.includes(p.email.toLowerCase()) || details.includes(p.name.toLowerCase())) found.push(`${record.id} ${record.action}: ${p.email}`);
    }
  }
  return found;
}
