import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import { inTenant } from '../db/tenant';
import { sessionFor } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { seedDemoTraining } from './demo-training';
import { DEMO_MUNICIPALITIES, seedDemoUsers } from './seed-demo-users';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoUsers(t.services);
  await seedDemoTraining(t.services);
});
afterAll(() => t?.close());

async function loginDemo(municipality: string, role: string) {
  const slug = DEMO_MUNICIPALITIES.find((m) => m.code === municipality)!.slug;
  const [user] = await inTenant(t.database.db, municipality, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, `${role}@${slug}.demo.signaalroute.nl`)));
  return sessionFor(t.database.db, { userId: user!.id, municipality });
}

describe('the demo course figures', () => {
  it("show Leiden's beheerder a completion rate per department", async () => {
    const beheerder = await loginDemo('GM0546', 'beheerder');
    const rate = (await t.app.inject({ url: '/api/v1/training/statistics', headers: beheerder.headers })).json() as { users: number; completed: number; departments: { department: string | null; completed: number }[] };
    expect(rate.users).toBe(15);
    expect(rate.completed).toBe(6);
    expect(rate.departments.find((d) => d.department === 'Toezicht en handhaving')!.completed).toBe(2);
  });

  it('show the regiobeheerder Leiden and Den Haag side by side', async () => {
    const regio = await loginDemo('GM0546', 'regiobeheerder');
    const region = (await t.app.inject({ url: '/api/v1/training/statistics/region', headers: regio.headers })).json() as { municipalities: { code: string; completed: number | null }[] };
    expect(region.municipalities.map((m) => [m.code, m.completed])).toEqual([
      ['GM0518', 5],
      ['GM0546', 6],
    ]);
  });
});
