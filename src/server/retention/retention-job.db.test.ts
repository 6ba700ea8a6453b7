import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/tenant';
import { countSignals, createDemoApp } from '../test-support/demo-app';
import { testContext, type TestApp } from '../test-support/test-app';
import { retentionJob } from './retention-job';

let t: TestApp;
const estimatedSignals = async () => (await queryRows<{ rows: number }>(t.database.db, sql`select reltuples::int as rows from pg_class where relname = 'signals'`))[0]!.rows;

beforeAll(async () => {
  t = await createDemoApp();
}, 120_000);
afterAll(async () => t?.close());

describe('the daily retention job', () => {
  it('lets the embedded database learn how large its tables are, which it never does by itself', async (test) => {
    // A PostgreSQL server has autovacuum for this.
    if (t.database.kind !== 'pglite') test.skip();
    // Never analysed: the planner guesses (-1).
    expect(await estimatedSignals()).toBe(-1);
    await retentionJob.handle(testContext(t, null), { municipality: null });
    const signals = await countSignals(t);
    expect(signals).toBeGreaterThan(20);
    expect(await estimatedSignals()).toBe(signals);
  });
});
