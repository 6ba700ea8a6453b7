import { sql } from 'drizzle-orm';
import { run } from '../context/run';
import type { JobDefinition, Schedule } from '../jobs/job-runner';
import { applyRetention } from './commands/apply-retention';

export const RETENTION_QUEUE = 'retention-run';

/** Once a day across all instances: what has passed its retention term is deleted (docs/decisions/0017-retention.md). */
export const retentionJob: JobDefinition = {
  queue: RETENTION_QUEUE,
  // A failed run (the database away) is tried again within the hour; tomorrow's run would catch up too.
  retryLimit: 3,
  retryDelaySeconds: 300,
  subject: () => RETENTION_QUEUE,
  handle: async (ctx) => {
    await run(ctx, applyRetention, undefined);
    // PGlite runs no autovacuum: without this its planner never learns how far the tables grew
    // (a later inbox page at 10,000 signals is planned as a sort, ADR 27). Once a day is enough.
    const { database } = ctx.services;
    if (database.kind === 'pglite') await database.db.execute(sql`analyze`);
  },
};

export const retentionSchedule = (everySeconds: number): Schedule => ({ queue: RETENTION_QUEUE, everySeconds });
