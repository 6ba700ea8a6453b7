import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalSubmissionSchema } from '../../domain/signal/schema';
import { SIGNAL_STATES } from '../../domain/signal/workflow';
import { users } from '../db/schema';
import { inTenant } from '../db/tenant';
import { checkSubmissionContent } from '../signals/check-submission-content';
import { sessionFor } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { Statistics } from '../../domain/statistics';
import { DEMO_HISTORY } from './demo-history';
import { DEMO_SCENARIOS } from './demo-signals';
import { seedDemoRegisters } from './demo-registers';
import { seedDemoSignals } from './seed-demo-signals';
import { DEMO_MUNICIPALITIES, seedDemoUsers } from './seed-demo-users';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoUsers(t.services);
  await seedDemoSignals(t.services);
  await seedDemoRegisters(t.services);
});
afterAll(() => t?.close());

async function loginDemo(municipality: string, role: string) {
  const slug = DEMO_MUNICIPALITIES.find((m) => m.code === municipality)!.slug;
  const [user] = await inTenant(t.database.db, municipality, (tx) =>
    tx.select({ id: users.id }).from(users).where(eq(users.email, `${role}@${slug}.demo.signaalroute.nl`)),
  );
  return sessionFor(t.database.db, { userId: user!.id, municipality });
}

describe('demo signals', () => {
  it('are valid submissions against the schema and the content', () => {
    for (const scenario of DEMO_SCENARIOS) {
      const parsed = signalSubmissionSchema.safeParse(scenario.submission);
      expect(parsed.success, `${scenario.key}: ${parsed.error?.message}`).toBe(true);
      expect(() => checkSubmissionContent(t.content, scenario.submission), scenario.key).not.toThrow();
    }
  });

  it('show Leiden a signal in every state of the workflow, urgent first, with an overdue handover', async () => {
    const af = await loginDemo('GM0546', 'aandachtsfunctionaris');
    const inbox = (await t.app.inject({ url: '/api/v1/signals?limit=200', headers: af.headers })).json().items as { id: string; state: string; urgent: boolean; overdueHandovers: number }[];
    expect(new Set(inbox.map((s) => s.state))).toEqual(new Set(SIGNAL_STATES));
    expect(inbox[0]!.urgent).toBe(true);
    expect(inbox.some((s) => s.overdueHandovers > 0)).toBe(true);
    for (const { id } of inbox) {
      const res = await t.app.inject({ url: `/api/v1/signals/${id}`, headers: af.headers });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('give the demo medewerker feedback in Mijn signalen, and the AF a meeting with a decision', async () => {
    const medewerker = await loginDemo('GM0546', 'medewerker');
    const mine = (await t.app.inject({ url: '/api/v1/my-signals', headers: medewerker.headers })).json() as { feedback: unknown[] }[];
    expect(mine.length).toBe(DEMO_SCENARIOS.filter((s) => s.municipality === 'GM0546').length);
    expect(mine.some((s) => s.feedback.length > 0)).toBe(true);
    const af = await loginDemo('GM0546', 'aandachtsfunctionaris');
    const meetings = (await t.app.inject({ url: '/api/v1/meetings', headers: af.headers })).json();
    expect(meetings).toEqual([expect.objectContaining({ signals: 3, decided: 1 })]);
  });

  it('give every other demo municipality an inbox of its own', async () => {
    for (const { code } of DEMO_MUNICIPALITIES.filter((m) => m.code !== 'GM0546')) {
      const af = await loginDemo(code, 'aandachtsfunctionaris');
      const inbox = (await t.app.inject({ url: '/api/v1/signals?limit=200', headers: af.headers })).json().items as unknown[];
      expect(inbox.length, code).toBe([...DEMO_SCENARIOS, ...DEMO_HISTORY].filter((s) => s.municipality === code).length);
      expect(inbox.length, code).toBeGreaterThan(0);
    }
  });

  it('show the AF what is already known of the workers in the greenhouse: an earlier signal, the own register, the BAG and the KVK', async () => {
    const af = await loginDemo('GM0546', 'aandachtsfunctionaris');
    const inbox = (await t.app.inject({ url: '/api/v1/signals?limit=200', headers: af.headers })).json().items as { id: string; forms: string[]; handovers: number; state: string }[];
    const sources = new Set<string>();
    for (const { id } of inbox) {
      const matches = (await t.app.inject({ url: `/api/v1/signals/${id}/matches`, headers: af.headers })).json() as { subjects: { candidates: { source: string }[] }[] };
      for (const subject of matches.subjects) for (const c of subject.candidates) sources.add(c.source);
    }
    expect([...sources].sort()).toEqual(['addresses', 'organisations', 'persons', 'signal']);
  });

  it('give the figures a year of history: something in every chart, and small numbers hidden in the regional view', async () => {
    const af = await loginDemo('GM0546', 'aandachtsfunctionaris');
    const own = (await t.app.inject({ url: '/api/v1/statistics', headers: af.headers })).json() as Statistics;
    for (const table of own.tables) expect(table.rows.some((r) => (r.total ?? 0) > 0), table.id).toBe(true);
    expect(own.tables.find((x) => x.id === 'signals')!.rows[0]!.values.filter((v) => v! > 0).length).toBeGreaterThan(8);
    expect(own.leadTimes.every((l) => l.medianDays !== null)).toBe(true);
    const regio = await loginDemo('GM0546', 'regiobeheerder');
    const region = (await t.app.inject({ url: '/api/v1/statistics/region', headers: regio.headers })).json() as Statistics;
    const figures = region.tables.flatMap((x) => x.rows.flatMap((r) => [...r.values, r.total]));
    expect(figures.some((v) => v === null)).toBe(true);
    expect(figures.some((v) => v !== null && v >= 5)).toBe(true);
  });
});
