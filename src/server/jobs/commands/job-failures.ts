import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { JobFailure } from '../../../domain/jobs/views';
import { userOf } from '../../context/actor';
import type { TxContext } from '../../context/context';
import { defineCommand, defineProcedure, inTransaction } from '../../context/run';
import { handovers, jobFailures, signals } from '../../db/schema';
import { partnerNameFor } from '../../handovers/handover-view';
import { errors } from '../../http/errors';
import type { JobData } from '../job-queue';

/**
 * The beheerder's dead-letter view: background jobs of the own municipality that failed after
 * their last retry and wait for a decision. A reminder names its signal's reference and partner,
 * so the beheerder knows what it was about (no personal data).
 */
export const listJobFailures = defineCommand('job.list-failed', async (ctx, _input: void): Promise<JobFailure[]> => {
  const rows = await ctx.tx
    .select({
      id: jobFailures.id,
      queue: jobFailures.queue,
      data: jobFailures.data,
      error: jobFailures.error,
      attempts: jobFailures.attempts,
      failedAt: jobFailures.failedAt,
      reference: signals.reference,
      partnerId: handovers.partnerId,
      municipality: handovers.municipality,
    })
    .from(jobFailures)
    .leftJoin(handovers, sql`${handovers.id}::text = ${jobFailures.data}->>'handoverId'`)
    .leftJoin(signals, eq(signals.id, handovers.signalId))
    .where(isNull(jobFailures.resolvedAt))
    .orderBy(desc(jobFailures.failedAt));
  await ctx.audit({ action: 'job.list-failed', objectType: 'job', details: { count: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    queue: r.queue,
    kind: typeof r.data.kind === 'string' ? r.data.kind : null,
    reference: r.reference,
    partnerId: r.partnerId,
    partnerName: r.partnerId && r.municipality ? partnerNameFor(ctx.services.content, r.municipality, r.partnerId) : null,
    error: r.error,
    attempts: r.attempts,
    failedAt: r.failedAt.toISOString(),
  }));
});

/** Marks an open failure resolved; 404 when it is not (or no longer) open in this municipality. */
async function resolve(ctx: TxContext, id: string, resolution: 'retried' | 'dismissed') {
  const [row] = await ctx.tx
    .update(jobFailures)
    .set({ resolvedAt: ctx.now, resolvedByUserId: userOf(ctx.actor).userId, resolution })
    .where(and(eq(jobFailures.id, id), isNull(jobFailures.resolvedAt)))
    .returning();
  if (!row) throw errors.jobFailureNotFound(id);
  await ctx.audit({ action: `job.${resolution === 'retried' ? 'retry' : 'dismiss'}`, objectType: 'job', objectId: id, details: { queue: row.queue, subject: row.subject } });
  return row;
}

/**
 * Try the job again: queued anew with the same data; if that fails too, it comes back here. Queued
 * after the commit: the embedded database serves one transaction at a time, and the job queue uses
 * the same connection.
 */
export const retryJobFailure = defineProcedure('job.retry', async (ctx, input: { id: string }): Promise<void> => {
  if (!ctx.services.jobs.running) throw errors.jobsNotRunning();
  const row = await inTransaction(ctx, (txCtx) => resolve(txCtx, input.id, 'retried'));
  await ctx.services.jobs.send(row.queue, row.data as JobData);
});

/** Give up on the job: it is not tried again (a reminder the AF will follow up by phone). */
export const dismissJobFailure = defineCommand('job.dismiss', async (ctx, input: { id: string }): Promise<void> => {
  await resolve(ctx, input.id, 'dismissed');
});
