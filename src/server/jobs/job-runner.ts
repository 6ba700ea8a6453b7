import PgBoss from 'pg-boss';
import { systemContext, type Context } from '../context/context';
import { inTransaction } from '../context/run';
import type { Services } from '../context/services';
import { jobFailures } from '../db/schema';
import { errorCode, type JobData, type JobQueue } from './job-queue';

/**
 * One kind of background work (docs/decisions/0010-job-runner.md). The handler runs with the
 * installation as its actor, in the municipality the job names; it must be safe to run twice
 * (a job whose instance died half-way runs again), which the commands behind it make sure of.
 */
export interface JobDefinition<D extends JobData = JobData> {
  queue: string;
  /** Attempts after the first, with exponential back-off from `retryDelaySeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** What the job is about (`handover:<id>:after`): one at a time per subject, and the dead-letter view names it. */
  subject(data: D): string;
  handle(ctx: Context, data: D): Promise<void>;
}

/** Work queued every `everySeconds`, exactly once per interval across all instances. */
export interface Schedule {
  queue: string;
  everySeconds: number;
}

export interface JobRunner extends JobQueue {
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  jobs: JobDefinition[];
  schedules?: Schedule[];
  /** How often each instance asks for new jobs; the default suits production, tests go faster. */
  pollingIntervalSeconds?: number;
}

type ReceivedJob = PgBoss.JobWithMetadata<JobData>;

/**
 * Starts pg-boss on the application's own database connection — a PostgreSQL server or the
 * embedded PGlite alike — with a queue per job definition. pg-boss hands each job to one worker
 * across all instances (SELECT … FOR UPDATE SKIP LOCKED), retries failures, and after the last
 * attempt the job is recorded in `job_failures` for the beheerder's dead-letter view.
 */
export async function startJobRunner(services: Services, options: JobRunnerOptions): Promise<JobRunner> {
  const { logger } = services;
  // pg-boss throttles a schedule for at most as long as it keeps completed jobs (12 hours by
  // default): keep them as long as the longest interval, so a daily run is throttled to one a day.
  const archiveCompletedAfterSeconds = Math.max(12 * 3600, ...(options.schedules ?? []).map((s) => s.everySeconds));
  // After stop, pg-boss may still report a job that finished late (Manager.complete); the database
  // may be closed by then, and pg-boss leaves that rejection unhandled. Its report is dropped: every
  // job may run twice, so the job runs again later. pg-boss reads a count from the commands that
  // report how many jobs they touched (complete, fail, …): those get a count of 0.
  let stoppedBoss = false;
  const afterStop = (text: string) => ({ rows: /select count\(\*\) from results\s*$/i.test(text) ? [{ count: '0' }] : [] });
  const executeSql = (text: string, values?: unknown[]) => (stoppedBoss ? Promise.resolve(afterStop(text)) : services.database.raw(text, values));
  const boss = new PgBoss({ db: { executeSql }, schedule: false, archiveCompletedAfterSeconds });
  boss.on('error', (error: unknown) => logger.error({ error: errorCode(error) }, 'achtergrondtaken: fout in de wachtrij'));
  await boss.start();
  const definitions = new Map(options.jobs.map((job) => [job.queue, job]));
  for (const job of options.jobs) {
    // Stately: at most one job waiting and one running per subject, however often it is queued.
    const queueOptions = { name: job.queue, policy: 'stately' as const, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: true };
    await boss.createQueue(job.queue, queueOptions);
    await boss.updateQueue(job.queue, queueOptions);
  }
  const send = async (queue: string, data: JobData) => {
    const job = definitions.get(queue);
    if (!job) throw new Error(`unknown job queue ${queue}`);
    await boss.send(queue, data, { singletonKey: job.subject(data) });
  };
  for (const job of options.jobs) {
    await boss.work<JobData>(job.queue, { includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([received]) => {
      if (received) await handle(services, job, received);
    });
  }
  const timers = (options.schedules ?? []).map((schedule) => {
    const tick = () =>
      boss
        .sendThrottled(schedule.queue, { municipality: null }, {}, schedule.everySeconds, schedule.queue)
        .catch((error: unknown) => logger.error({ error: errorCode(error), queue: schedule.queue }, 'achtergrondtaak niet ingepland'));
    void tick();
    const timer = setInterval(tick, schedule.everySeconds * 1000);
    timer.unref();
    return timer;
  });
  let stopped = false;
  return {
    running: true,
    send,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      // Running jobs may finish. A process that must stop within 5 s is ended after 4 s
      // by src/server/stop-signals.ts; every job may run twice, so one cut off runs again later.
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
      stoppedBoss = true;
    },
  };
}

async function handle(services: Services, job: JobDefinition, received: ReceivedJob): Promise<void> {
  const ctx = systemContext(services, { municipality: received.data.municipality });
  try {
    await job.handle(ctx, received.data);
  } catch (error) {
    const code = errorCode(error);
    const attempt = received.retryCount + 1;
    services.logger.warn({ queue: job.queue, jobId: received.id, attempt, error: code }, 'achtergrondtaak mislukt');
    if (received.retryCount >= received.retryLimit) await recordFailure(ctx, job, received, code, attempt);
    throw error;
  }
}

/** The last attempt failed: into the dead-letter view of the job's municipality, and the audit trail. */
async function recordFailure(ctx: Context, job: JobDefinition, received: ReceivedJob, error: string, attempts: number): Promise<void> {
  try {
    await inTransaction(ctx, async (txCtx) => {
      const subject = job.subject(received.data);
      const [row] = await txCtx.tx
        .insert(jobFailures)
        .values({ municipality: ctx.municipality, queue: job.queue, subject, data: received.data, error, attempts, failedAt: txCtx.now })
        .returning({ id: jobFailures.id });
      await txCtx.audit({ action: 'job.failed', result: 'failure', objectType: 'job', objectId: row!.id, details: { queue: job.queue, subject, error, attempts } });
    });
  } catch (failure) {
    ctx.services.logger.error({ queue: job.queue, jobId: received.id, error: errorCode(failure) }, 'mislukte achtergrondtaak niet vastgelegd');
  }
}
