import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import { inTenant } from '../db/tenant';
import { sessionFor } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { seedDemoBasisniveau } from './demo-basisniveau';
import { DEMO_MUNICIPALITIES, seedDemoUsers } from './seed-demo-users';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoUsers(t.services);
  await seedDemoBasisniveau(t.services);
});
afterAll(() => t?.close());

async function loginDemo(municipality: string, role: string) {
  const slug = DEMO_MUNICIPALITIES.find((m) => m.code === municipality)!.slug;
  const [user] = await inTenant(t.database.db, municipality, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, `${role}@${slug}.demo.signaalroute.nl`)));
  return sessionFor(t.database.db, { userId: user!.id, municipality });
}

describe('the demo basisniveau', () => {
  it("shows the region's regiobeheerder a mix of statuses across the demo municipalities", async () => {
    const regio = await loginDemo('GM0546', 'regiobeheerder');
    const matrix = (await t.app.inject({ url: '/api/v1/basisniveau/region', headers: regio.headers })).json() as { municipalities: { code: string; statuses: Record<string, string> }[] };
    const shown = new Set(matrix.municipalities.filter((m) => m.code === 'GM0546' || m.code === 'GM0518').flatMap((m) => Object.values(m.statuses)));
    expect(shown).toEqual(new Set(['voldaan', 'deels', 'niet-voldaan', 'onbekend']));
  });

  it("shows Leiden's AF the checklist with the AF recorded and who confirmed it", async () => {
    const af = await loginDemo('GM0546', 'aandachtsfunctionaris');
    const checklist = (await t.app.inject({ url: '/api/v1/basisniveau', headers: af.headers })).json() as { items: { id: string; status: string; confirmedBy: string | null; derived: unknown }[] };
    const point = checklist.items.find((i) => i.id === 'aandachtsfunctionaris')!;
    expect(point).toMatchObject({ status: 'voldaan', confirmedBy: 'Bea Beheerder', derived: { kind: 'af-contact', recorded: true } });
  });
});
