import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/tenant';
import { countSignals, createDemoApp } from '../test-support/demo-app';
import { backfillFigureFacts } from '../test-support/figure-facts-backfill';
import type { TestApp } from '../test-support/test-app';

let t: TestApp;
const everyRow = () =>
  queryRows<{ row: string }>(t.database.db, sql`select to_jsonb(f)::text as row from signal_figures f order by signal_id`).then((rows) => rows.map((r) => JSON.parse(r.row) as Record<string, unknown>));

beforeAll(async () => {
  t = await createDemoApp();
}, 120_000);
afterAll(async () => t?.close());

describe('the facts the figures count', () => {
  it('are kept for every signal as its history grows, exactly as migration 0027 derives them from the history of signals that existed before', async () => {
    const kept = await everyRow();
    expect(kept).toHaveLength(await countSignals(t));
    expect(kept.filter((f) => f.handed_over_at !== null && f.feedback_at !== null && f.reporter_informed_at !== null).length).toBeGreaterThan(10);
    expect(kept.some((f) => f.decided === true)).toBe(true);

    await backfillFigureFacts(t.database.db, { replace: true });
    // Partners sorted the same way on both sides: the database's collation need not be JavaScript's.
    const sorted = (rows: Record<string, unknown>[]) => rows.map((f) => ({ ...f, partners: [...(f.partners as string[])].sort() }));
    expect(sorted(await everyRow())).toEqual(sorted(kept));
  });
});
