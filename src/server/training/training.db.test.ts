import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../context/run';
import { trainingCompletions, users } from '../db/schema';
import { inTenant } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';
import { TRAINING_MODULES } from '../../domain/training/tracks';
import { trainingCompletionRate } from './completion-rate';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518'; // the same region (Eenheid Den Haag)
const TILBURG = 'GM0855'; // Hart van Brabant

let t: TestApp;
let app: App;

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
});
afterAll(() => t?.close());

const get = (url: string, login: TestLogin) => app.inject({ url, headers: login.headers });
const complete = (login: TestLogin, module: string, track = 'balie') =>
  app.inject({ method: 'POST', url: '/api/v1/training/completions', payload: { module, track }, headers: login.headers });
const finishAll = async (login: TestLogin, track = 'balie') => {
  for (const module of TRAINING_MODULES) expect((await complete(login, module, track)).statusCode).toBe(200);
};
const setDepartment = (municipality: string, userId: string, department: string | null) =>
  inTenant(t.database.db, municipality, (tx) => tx.update(users).set({ department }).where(eq(users.id, userId)));
const rateOf = (municipality: string) => inTenant(t.database.db, municipality, (tx) => trainingCompletionRate(tx));

describe('the course', () => {
  it("is the course of the user's own region, with its cases on that region's maps", async () => {
    const leiden = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    const res = await get('/api/v1/training', leiden);
    expect(res.statusCode).toBe(200);
    const { course, progress } = res.json();
    expect(course.region).toBe('eenheid-den-haag');
    expect(progress).toEqual({ modules: 4, completions: [] });
    const labour = course.modules.find((m: { id: string }) => m.id === 'labour');
    expect(labour.signals.length).toBeGreaterThan(5);
    expect(labour.vignettes.find((v: { id: string }) => v.id === 'loods-uitzendkrachten').map.id).toBe('den-haag-locatie');

    const tilburg = await loginAs(t.database.db, { municipality: TILBURG, roles: ['beheerder'] });
    const brabant = (await get('/api/v1/training?lang=en', tilburg)).json().course;
    expect(brabant.region).toBe('hart-van-brabant');
    expect(brabant.modules.find((m: { id: string }) => m.id === 'criminal').vignettes.map((v: { map: { id: string } }) => v.map.id)).toContain('hart-van-brabant');
    expect(brabant.tracks[0].name).toBe('Front desk and public services');
  });

  it('records a finished module once, with its track, audited, and shows it as the own progress only', async () => {
    const me = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
    const other = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    const first = await complete(me, 'labour', 'toezicht');
    expect(first.statusCode).toBe(200);
    expect(first.json().completions).toEqual([{ module: 'labour', track: 'toezicht', completedAt: expect.any(String) }]);
    // Again, on another track: the first completion stays, and no second audit record.
    expect((await complete(me, 'labour', 'balie')).json().completions).toEqual([expect.objectContaining({ module: 'labour', track: 'toezicht' })]);
    expect((await get('/api/v1/training/progress', me)).json().completions).toHaveLength(1);
    expect((await get('/api/v1/training/progress', other)).json().completions).toEqual([]);
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'training.complete' && r.actor_user_id === me.userId);
    expect(records.map((r) => [r.municipality, r.object_id, r.details])).toEqual([[LEIDEN, 'labour', { track: 'toezicht' }]]);
  });

  it('refuses a module or track that does not exist', async () => {
    const me = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    expect((await complete(me, 'overig')).statusCode).toBe(400);
    expect((await complete(me, 'labour', 'kapper')).statusCode).toBe(400);
  });
});

describe('the completion rate', () => {
  it('counts the active users of the municipality who finished every module, per department', async () => {
    const before = await rateOf(DEN_HAAG);
    const a = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['medewerker'] });
    const b = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['medewerker'] });
    const c = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'] });
    const gone = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['medewerker'] });
    await setDepartment(DEN_HAAG, a.userId, 'Publiekszaken');
    await setDepartment(DEN_HAAG, b.userId, 'Publiekszaken');
    await setDepartment(DEN_HAAG, gone.userId, 'Publiekszaken');
    await finishAll(a);
    await complete(b, 'labour'); // one module is not the course
    await finishAll(c, 'toezicht');
    await finishAll(gone);
    await inTenant(t.database.db, DEN_HAAG, (tx) => tx.update(users).set({ active: false }).where(eq(users.id, gone.userId)));

    const rate = await rateOf(DEN_HAAG);
    expect(rate.users - before.users).toBe(3);
    expect(rate.completed - before.completed).toBe(2);
    expect(rate.departments.find((d) => d.department === 'Publiekszaken')).toEqual({ department: 'Publiekszaken', users: 2, completed: 1 });
    // No department last.
    expect(rate.departments.at(-1)!.department).toBeNull();
  });

  it("never counts another municipality's users or completions (row-level security)", async () => {
    const denHaag = await rateOf(DEN_HAAG);
    const leidenUser = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    await finishAll(leidenUser);
    expect(await rateOf(DEN_HAAG)).toEqual(denHaag);
    // Den Haag's tenant does not see Leiden's completions, even with a query of its own.
    const seen = await inTenant(t.database.db, DEN_HAAG, (tx) => tx.select().from(trainingCompletions).where(eq(trainingCompletions.userId, leidenUser.userId)));
    expect(seen).toEqual([]);
    // A completion row claiming another municipality cannot be written from this tenant.
    await expect(
      inTenant(t.database.db, DEN_HAAG, (tx) => tx.insert(trainingCompletions).values({ userId: leidenUser.userId, municipality: LEIDEN, module: 'organ', track: 'balie', completedAt: new Date() })),
    ).rejects.toThrow();
  });

  it('is on the dashboard for the beheerder and the AF, audited; not for the medewerker', async () => {
    const beheerder = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'] });
    const res = await get('/api/v1/training/statistics', beheerder);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(await rateOf(DEN_HAAG));
    const medewerker = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['medewerker'] });
    expect((await get('/api/v1/training/statistics', medewerker)).statusCode).toBe(403);
    expect((await allAuditRecords(t.database.db)).some((r) => r.action === 'training.statistics' && r.actor_user_id === beheerder.userId)).toBe(true);
  });

  it("shows the regiobeheerder the region's municipalities, small ones hidden, other regions left out", async () => {
    // Enough users in Den Haag to show it.
    for (let i = 0; i < 5; i++) await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['medewerker'] });
    const regio = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['regiobeheerder'] });
    const res = await get('/api/v1/training/statistics/region', regio);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.threshold).toBe(5);
    const denHaag = await rateOf(DEN_HAAG);
    expect(body.municipalities.find((m: { code: string }) => m.code === DEN_HAAG)).toEqual({ code: DEN_HAAG, name: "'s-Gravenhage", users: denHaag.users, completed: denHaag.completed });
    expect(body.municipalities.map((m: { code: string }) => m.code)).not.toContain(TILBURG);
    const small = body.municipalities.find((m: { code: string }) => m.code !== DEN_HAAG && m.code !== LEIDEN);
    if (small) expect(small.users === null || small.users >= 5).toBe(true);
    const beheerder = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'] });
    expect((await get('/api/v1/training/statistics/region', beheerder)).statusCode).toBe(403);
  });
});

describe('the command', () => {
  it('runs as a system context only through the routes; the rate runs in any tenant transaction', async () => {
    expect(await run(testContext(t, 'GM0363'), { action: 'x', transactional: true, run: (ctx) => trainingCompletionRate(ctx.tx) }, undefined)).toEqual({ users: 0, completed: 0, departments: [] });
  });
});
