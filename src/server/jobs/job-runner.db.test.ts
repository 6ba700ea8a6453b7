import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import type { Context } from '../context/context';
import { allAuditRecords, loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { TestDatabase } from '../test-support/test-database';
import { startJobRunner, type JobDefinition, type JobRunner } from './job-runner';
import type { JobData } from './job-queue';

/*
 * The job runner (docs/decisions/0010-job-runner.md) on the database the suite runs on: pg-boss
 * over the embedded PGlite, or over a PostgreSQL server where a second instance has its own pool.
 */

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

let t: TestApp;
const runs = new Map<string, number>();
/** Jobs of this kind fail until they have been tried `failUntil` times. */
const failUntil = new Map<string, number>();
const seenBy = new Map<string, Context['municipality']>();

const countingJob: JobDefinition = {
  queue: 'test.counting',
  retryLimit: 0,
  retryDelaySeconds: 1,
  subject: (data) => `count:${String(data.key)}`,
  handle: async (ctx, data) => {
    runs.set(String(data.key), (runs.get(String(data.key)) ?? 0) + 1);
    seenBy.set(String(data.key), ctx.municipality);
  },
};

const flakyJob: JobDefinition = {
  queue: 'test.flaky',
  retryLimit: 1,
  retryDelaySeconds: 1,
  subject: (data) => `flaky:${String(data.key)}`,
  handle: async (_ctx, data) => {
    const key = String(data.key);
    const attempt = (runs.get(key) ?? 0) + 1;
    runs.set(key, attempt);
    if (attempt <= (failUntil.get(key) ?? 0)) throw Object.assign(new Error('mail server down for zoco@shop.example'), { code: 'ECONNREFUSED' });
  },
};

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let runner: JobRunner;
let beheerder: TestLogin;
let denHaagBeheerder: TestLogin;

beforeAll(async () => {
  t = await createTestApp();
  runner = await startJobRunner(t.services, { jobs: [countingJob, flakyJob], pollingIntervalSeconds: 0.5 });
  t.services.jobs = runner;
  beheerder = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['beheerder'] });
  denHaagBeheerder = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'] });
});

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('the job runner', () => {
  it('runs every job once, with two instances working the same queue, in the municipality the job names', async () => {
    // A second instance: its own pool of connections to the same PostgreSQL database. PGlite is one
    // process's database: there both runners share it.
    const url = (t.database as TestDatabase).env.DATABASE_URL;
    const second: Database = url ? await openDatabase({ databaseUrl: url, dataDir: null }) : t.database;
    const other = await startJobRunner({ ...t.services, database: second }, { jobs: [countingJob], pollingIntervalSeconds: 0.5 });
    const keys = Array.from({ length: 20 }, () => crypto.randomUUID());
    try {
      await Promise.all(keys.map((key, i) => (i % 2 ? other : runner).send('test.counting', { municipality: i % 3 ? LEIDEN : null, key })));
      await until(() => keys.every((k) => runs.has(k)), 'every job to run');
      // Time for a second run, should anything hand a job out twice.
      await new Promise((resolve) => setTimeout(resolve, 2000));
    } finally {
      await other.stop();
      if (second !== t.database) await second.close();
    }
    expect(keys.map((k) => runs.get(k))).toEqual(keys.map(() => 1));
    expect(keys.map((k) => seenBy.get(k))).toEqual(keys.map((_, i) => (i % 3 ? LEIDEN : null)));
  });

  it('retries a failing job and, after the last attempt, shows it to the beheerder of its municipality', async () => {
    const key = crypto.randomUUID();
    failUntil.set(key, 99);
    await runner.send('test.flaky', { municipality: LEIDEN, key } satisfies JobData);
    const list = async () => (await t.app.inject({ url: '/api/v1/jobs/failures', headers: beheerder.headers })).json() as { id: string; queue: string; error: string; attempts: number }[];
    await until(async () => (await list()).some((f) => f.queue === 'test.flaky'), 'the failure in the dead-letter view');
    expect(runs.get(key)).toBe(2);
    const [failure] = (await list()).filter((f) => f.queue === 'test.flaky');
    // The error's kind, never its message (which may quote an address).
    expect(failure).toMatchObject({ error: 'Error:ECONNREFUSED', attempts: 2 });
    expect(JSON.stringify(await allAuditRecords(t.database.db))).not.toContain('zoco@');
    expect((await t.app.inject({ url: '/api/v1/jobs/failures', headers: denHaagBeheerder.headers })).json()).toEqual([]);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/jobs/failures/${failure!.id}/retry`, headers: denHaagBeheerder.headers })).statusCode).toBe(404);

    // The mail server is back: trying again succeeds, and the failure leaves the view.
    failUntil.set(key, 0);
    const retry = await t.app.inject({ method: 'POST', url: `/api/v1/jobs/failures/${failure!.id}/retry`, headers: beheerder.headers });
    expect(retry.statusCode, retry.body).toBe(204);
    await until(() => runs.get(key) === 3, 'the retried job to run');
    expect((await list()).filter((f) => f.queue === 'test.flaky')).toEqual([]);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/jobs/failures/${failure!.id}/retry`, headers: beheerder.headers })).json().error.id).toBe('job-failure-not-found');
    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.action.startsWith('job.') && r.municipality === LEIDEN);
    expect(audit.map((r) => [r.action, r.actor])).toEqual(expect.arrayContaining([['job.failed', 'systeem'], ['job.list-failed', 'beheerder'], ['job.retry', 'beheerder']]));
  });

  it('lets the beheerder set a failure aside, after which it is not tried again', async () => {
    const key = crypto.randomUUID();
    failUntil.set(key, 99);
    await runner.send('test.flaky', { municipality: LEIDEN, key });
    const open = async () => ((await t.app.inject({ url: '/api/v1/jobs/failures', headers: beheerder.headers })).json() as { id: string; queue: string }[]).filter((f) => f.queue === 'test.flaky');
    await until(async () => (await open()).length === 1, 'the failure in the dead-letter view');
    const [failure] = await open();
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/jobs/failures/${failure!.id}/dismiss`, headers: beheerder.headers })).statusCode).toBe(204);
    expect(await open()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runs.get(key)).toBe(2);
    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'job.dismiss');
    expect(audit).toEqual([expect.objectContaining({ object_id: failure!.id, actor: 'beheerder', municipality: LEIDEN })]);
  });

  it('runs a daily schedule once, however many instances plan it', async () => {
    let daily = 0;
    const dailyJob: JobDefinition = { queue: 'test.daily', retryLimit: 0, retryDelaySeconds: 1, subject: () => 'daily', handle: async () => void daily++ };
    const plan = () => startJobRunner(t.services, { jobs: [dailyJob], schedules: [{ queue: 'test.daily', everySeconds: 86_400 }], pollingIntervalSeconds: 0.5 });
    const [first, second] = [await plan(), await plan()];
    try {
      await until(() => daily >= 1, 'the daily job');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(daily).toBe(1);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it('refuses the dead-letter view to other roles', async () => {
    const af = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
    expect((await t.app.inject({ url: '/api/v1/jobs/failures', headers: af.headers })).statusCode).toBe(403);
  });
});
