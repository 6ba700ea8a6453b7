import { sql } from 'drizzle-orm';
import { auditRecordsMadeBefore } from '../../domain/retention';
import { signCheckpoint, type Checkpoint } from '../audit/checkpoint';
import type { TxContext } from '../context/context';
import { auditCheckpoints } from '../db/schema';
import { queryRows } from '../db/tenant';
import { termsFrom, type StoredTerms } from './retention-terms';

/**
 * Removes, chain by chain, the oldest audit records whose term has passed
 * (docs/decisions/0019-audit-trail-retention.md): always a prefix of the chain, never its last
 * record (the next one must link to something in the table), and first a signed checkpoint with
 * the number and hash of the last one removed, so that `audit verify` checks the rest from there.
 * The chain without a municipality keeps the default term. Returns the records removed per chain.
 */
export async function cutAuditTrail(ctx: TxContext, termsOf: (municipality: string) => StoredTerms): Promise<Map<string | null, number>> {
  const removed = new Map<string | null, number>();
  const chains = await queryRows<{ municipality: string | null }>(ctx.tx, sql`select distinct municipality from audit_events`);
  for (const { municipality } of chains) {
    const chain = sql`coalesce(municipality, '') = ${municipality ?? ''}`;
    const before = auditRecordsMadeBefore(ctx.now, (municipality === null ? termsFrom(undefined) : termsOf(municipality)).terms);
    // A prefix: up to the first record that must stay (records of one chain are numbered in
    // commit order, which is nearly, not exactly, the order of their moments), and never the last.
    const [bounds] = await queryRows<{ cut: number | null }>(
      ctx.tx,
      sql`select least(
            coalesce((select min(seq) from audit_events where ${chain} and at > ${before.toISOString()}::timestamptz), 2147483647),
            (select max(seq) from audit_events where ${chain})
          ) - 1 as cut`,
    );
    const cut = bounds?.cut ?? 0;
    const [last] = await queryRows<{ seq: number; hash: string; removed: number; first_at: string; last_at: string }>(
      ctx.tx,
      sql`select a.seq, a.hash, s.removed, s.first_at, s.last_at
          from audit_events a, (select count(*)::int as removed, min(at) as first_at, max(at) as last_at from audit_events where ${chain} and seq <= ${cut}) s
          where ${chain} and a.seq = ${cut}`,
    );
    if (!last) continue;
    const checkpoint: Checkpoint = { municipality, seq: last.seq, hash: last.hash, removed: last.removed, firstAt: new Date(last.first_at), lastAt: new Date(last.last_at), cutAt: ctx.now };
    await ctx.tx.insert(auditCheckpoints).values({ ...checkpoint, signature: signCheckpoint(ctx.services.keyring, checkpoint) });
    await ctx.tx.execute(sql`select set_config('signaalroute.audit_retention', 'on', true)`);
    await ctx.tx.execute(sql`delete from audit_events where ${chain} and seq <= ${cut}`);
    removed.set(municipality, last.removed);
  }
  return removed;
}
