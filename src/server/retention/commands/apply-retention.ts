import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { draftDueAt, isSignalDue, signalDue } from '../../../domain/retention';
import type { TxContext } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { retentionDeletions } from '../../db/schema';
import { queryRows } from '../../db/tenant';
import { anonymiseUsers } from '../anonymise-users';
import { cutAuditTrail } from '../audit-cut';
import { expireRegisterImports } from '../expire-register-imports';
import { allRetentionTerms } from '../retention-terms';
import { closedSignalFacts, type SignalRecordFacts } from '../signal-facts';

export interface RetentionRun {
  batch: string;
  signals: number;
  drafts: number;
  /** Deactivated accounts whose personal fields were removed. */
  users: number;
  /** Imports of the municipalities' own registers whose rows were deleted. */
  registerImports: number;
  /** Audit records past the audit trail's own term. */
  auditRecords: number;
}

/** A signal and everything that holds its data: history, handovers and feedback, meldcode, agenda entries, links both ways. */
async function deleteSignal(ctx: TxContext, signal: SignalRecordFacts): Promise<void> {
  const { id, municipality, reference } = signal;
  await ctx.tx.execute(sql`delete from signal_links where signal_id = ${id} or (municipality = ${municipality} and source = 'signal' and candidate_id = ${reference})`);
  await ctx.tx.execute(sql`delete from meeting_signals where signal_id = ${id}`);
  await ctx.tx.execute(sql`delete from meldcode_steps where signal_id = ${id}`);
  await ctx.tx.execute(sql`delete from handovers where signal_id = ${id}`);
  await ctx.tx.execute(sql`delete from signal_figures where signal_id = ${id}`);
  await ctx.tx.execute(sql`delete from signal_events where signal_id = ${id}`);
  await ctx.tx.execute(sql`delete from signals where id = ${id}`);
}

/**
 * The retention job's work (docs/decisions/0017-retention.md): deletes, in every municipality,
 * the closed signals whose term has passed and that are not on legal hold, with everything that
 * holds their data, the drafts not changed within their term, the personal fields of accounts
 * deactivated longer than theirs, the imports of the municipality's own registers past theirs
 * (docs/decisions/0024-register-retention.md), and the oldest audit records past the
 * audit trail's own term (behind a signed checkpoint, docs/decisions/0019-audit-trail-retention.md). Each deletion leaves a line of
 * metadata in the deletion log; each municipality's run leaves an audit record with the numbers.
 * The installation's own work across tenants, so as the schema owner, with the setting that lets
 * a signal's history go with it. Safe to run twice: what is gone is not found again.
 */
export const applyRetention = defineProcedure('retention.run', async (ctx, _input: void): Promise<RetentionRun> => {
  return inTransaction(
    ctx,
    async (tx) => {
      await tx.tx.execute(sql`select set_config('signaalroute.retention', 'on', true)`);
      const termsOf = await allRetentionTerms(tx.tx);
      const batch = crypto.randomUUID();
      const counts = new Map<string, { signals: number; drafts: number; users: number; registerImports: number }>();
      const count = (municipality: string) => counts.get(municipality) ?? counts.set(municipality, { signals: 0, drafts: 0, users: 0, registerImports: 0 }).get(municipality)!;

      for (const signal of await closedSignalFacts(tx.tx)) {
        const { terms, setByUserId } = termsOf(signal.municipality);
        if (!isSignalDue(signal, terms, tx.now)) continue;
        const due = signalDue(signal, terms)!;
        await deleteSignal(tx, signal);
        await tx.tx.insert(retentionDeletions).values({
          batch,
          municipality: signal.municipality,
          objectType: 'signal',
          objectId: signal.id,
          reference: signal.reference,
          state: signal.state,
          receivedAt: signal.receivedAt,
          closedAt: signal.closedAt,
          term: due.term,
          termLength: due.months,
          termSetByUserId: setByUserId,
          dueAt: due.dueAt,
          deletedAt: tx.now,
        });
        count(signal.municipality).signals++;
      }

      const drafts = await queryRows<{ user_id: string; municipality: string; updated_at: string }>(tx.tx, sql`select user_id, municipality, updated_at from signal_drafts`);
      const dueDrafts = drafts.filter((d) => draftDueAt(new Date(d.updated_at), termsOf(d.municipality).terms).getTime() <= tx.now.getTime());
      if (dueDrafts.length) await tx.tx.execute(sql`delete from signal_drafts where user_id = any(${sql.param(dueDrafts.map((d) => d.user_id))}::uuid[])`);
      for (const draft of dueDrafts) count(draft.municipality).drafts++;

      const anonymised = await anonymiseUsers(tx, termsOf);
      for (const user of anonymised) {
        if (user.municipality === null) continue;
        const { terms, setByUserId } = termsOf(user.municipality);
        await tx.tx.insert(retentionDeletions).values({ batch, municipality: user.municipality, objectType: 'user', objectId: user.id, term: 'user', termLength: terms.userMonths, termSetByUserId: setByUserId, dueAt: user.dueAt, deletedAt: tx.now });
        count(user.municipality).users++;
      }
      // An account without a municipality belongs in no municipality's deletion log: the
      // installation's own audit trail records how many there were.
      const regional = anonymised.filter((u) => u.municipality === null).length;
      if (regional) await tx.audit({ action: 'retention.run', objectType: 'retention-batch', objectId: batch, details: { regionalUsers: regional } });

      // The source's name is the beheerder's label ("Handhaving"), never anything of the rows.
      const expired = await expireRegisterImports(tx, termsOf);
      for (const i of expired) {
        const { terms, setByUserId } = termsOf(i.municipality);
        await tx.tx.insert(retentionDeletions).values({
          batch,
          municipality: i.municipality,
          objectType: 'register-import',
          objectId: i.id,
          reference: i.source,
          closedAt: i.completedAt,
          count: i.rows,
          term: 'register',
          termLength: terms.registerMonths,
          termSetByUserId: setByUserId,
          dueAt: i.dueAt,
          deletedAt: tx.now,
        });
        count(i.municipality).registerImports++;
      }

      // Before this run's own audit records, so that they are never what is cut.
      const cut = await cutAuditTrail(tx, termsOf);
      for (const municipality of cut.keys()) if (municipality !== null) count(municipality);

      for (const [municipality, { signals, drafts: draftCount, users, registerImports }] of counts) {
        const { terms, setByUserId } = termsOf(municipality);
        // Drafts as a number only: whose draft it was would say who was writing a signal.
        if (draftCount) {
          await tx.tx.insert(retentionDeletions).values({ batch, municipality, objectType: 'drafts', count: draftCount, term: 'draft', termLength: terms.draftDays, termSetByUserId: setByUserId, deletedAt: tx.now });
        }
        await tx.audit({ municipality, action: 'retention.run', objectType: 'retention-batch', objectId: batch, details: { signals, drafts: draftCount, users, registerImports, auditRecords: cut.get(municipality) ?? 0 } });
      }
      let signals = 0;
      for (const c of counts.values()) signals += c.signals;
      let auditRecords = 0;
      for (const n of cut.values()) auditRecords += n;
      return { batch, signals, drafts: dueDrafts.length, users: anonymised.length, registerImports: expired.length, auditRecords };
    },
    { municipality: null },
  );
});
