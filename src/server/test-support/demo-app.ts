import { sql } from 'drizzle-orm';
import { queryRows } from '../db/tenant';
import { seedDemoSignals } from '../demo/seed-demo-signals';
import { seedDemoUsers } from '../demo/seed-demo-users';
import { createTestApp, type TestApp } from './test-app';

/** A test app with the demo's users and its year of signals through the whole chain: recorded, routed, handed over, answered late and in time, not passed on, closed. */
export async function createDemoApp(): Promise<TestApp> {
  const t = await createTestApp();
  await seedDemoUsers(t.services);
  await seedDemoSignals(t.services);
  return t;
}

/** How many signals the whole database holds, across municipalities. */
export async function countSignals(t: TestApp): Promise<number> {
  const [row] = await queryRows<{ signals: number }>(t.database.db, sql`select count(*)::int as signals from signals`);
  return row!.signals;
}
