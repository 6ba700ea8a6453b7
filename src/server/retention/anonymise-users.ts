import { sql } from 'drizzle-orm';
import { DEFAULT_RETENTION_TERMS, userDueAt } from '../../domain/retention';
import type { TxContext } from '../context/context';
import { queryRows } from '../db/tenant';
import type { StoredTerms } from './retention-terms';

/** What a deactivated account is called once its personal fields are gone. */
export const FORMER_USER = 'Oud-gebruiker';

export interface AnonymisedUser {
  id: string;
  /** Null for a regional account (a regiobeheerder's). */
  municipality: string | null;
  deactivatedAt: Date;
  dueAt: Date;
}

/**
 * Removes the personal fields of accounts deactivated longer than their municipality's term: the
 * name becomes "Oud-gebruiker", the e-mail address one that cannot receive mail, and the password,
 * second factor, recovery codes, sessions and activation links go. The account itself stays (its id
 * is in the history and the audit trail, and a signal names its reporter by it), but can never log
 * in again. An account without a municipality (the schema allows one; accounts made in the app
 * always have one) has no municipality whose term applies: it gets the default term, so that no
 * account's personal data outlives a term.
 */
export async function anonymiseUsers(ctx: TxContext, termsOf: (municipality: string) => StoredTerms): Promise<AnonymisedUser[]> {
  const candidates = await queryRows<{ id: string; municipality: string | null; deactivated_at: string }>(
    ctx.tx,
    sql`select id, municipality, deactivated_at from users where not active and deactivated_at is not null and anonymised_at is null`,
  );
  const termsFor = (municipality: string | null) => (municipality ? termsOf(municipality).terms : DEFAULT_RETENTION_TERMS);
  const due = candidates
    .map((u) => ({ id: u.id, municipality: u.municipality, deactivatedAt: new Date(u.deactivated_at), dueAt: userDueAt(new Date(u.deactivated_at), termsFor(u.municipality)) }))
    .filter((u) => u.dueAt.getTime() <= ctx.now.getTime());
  if (due.length === 0) return [];
  const ids = sql.param(due.map((u) => u.id));
  await ctx.tx.execute(
    sql`update users set name = ${FORMER_USER}, email = 'verwijderd-' || id || '@signaalroute.invalid', password_hash = null, totp_secret = null,
          totp_pending_secret = null, totp_enabled_at = null, totp_last_step = null, anonymised_at = ${ctx.now.toISOString()}::timestamptz
        where id = any(${ids}::uuid[])`,
  );
  for (const table of ['recovery_codes', 'sessions', 'activation_tokens']) await ctx.tx.execute(sql`delete from ${sql.identifier(table)} where user_id = any(${ids}::uuid[])`);
  return due;
}
