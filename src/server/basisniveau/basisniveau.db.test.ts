import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userContext } from '../context/context';
import { run } from '../context/run';
import { basisniveauItems, trainingCompletions } from '../db/schema';
import { inTenant } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, createTestUser, loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { TRAINING_MODULES } from '../../domain/training/tracks';
import { loadChecklist } from './load-checklist';
import { updateChecklistItem } from './commands/checklist';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
const ROTTERDAM = 'GM0599';

let t: TestApp;
let app: App;
let beheerder: Awaited<ReturnType<typeof loginAs>>;
let af: TestLogin;
let denHaagBeheerder: TestLogin;
let regio: TestLogin;
let rotterdamRegio: TestLogin;

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  beheerder = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['beheerder'] });
  af = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
  denHaagBeheerder = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['beheerder'] });
  regio = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['regiobeheerder'] });
  rotterdamRegio = await loginAs(t.database.db, { municipality: ROTTERDAM, roles: ['regiobeheerder'] });
});
afterAll(() => t?.close());

const read = (login: TestLogin, lang = 'nl') => app.inject({ url: `/api/v1/basisniveau?lang=${lang}`, headers: login.headers });
const confirm = (login: TestLogin, item: string, payload: object) =>
  app.inject({ method: 'PUT', url: `/api/v1/basisniveau/items/${item}`, payload, headers: login.headers });
const matrix = (login: TestLogin) => app.inject({ url: '/api/v1/basisniveau/region', headers: login.headers });
type Item = { id: string; status: string; since: string | null; evidence: string | null; confirmedBy: string | null; confirmedAt: string | null; derived: unknown; source: string | null };
const itemOf = (body: { items: Item[] }, id: string) => body.items.find((i) => i.id === id)!;

describe('the basisniveau checklist', () => {
  it('loads from content/basisniveau.yaml', async () => {
    const checklist = await loadChecklist();
    expect(checklist.ids).toContain('signaaloverleg');
  });

  it('starts with every point unknown, each with its source, and the two own figures beside theirs', async () => {
    const res = await read(af);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.municipality).toEqual({ code: LEIDEN, name: 'Leiden' });
    expect(body.items).toHaveLength(7);
    expect(body.items.every((i: Item) => i.status === 'onbekend' && i.confirmedBy === null && i.source)).toBe(true);
    expect(itemOf(body, 'aandachtsfunctionaris').derived).toEqual({ kind: 'af-contact', recorded: false, setAt: null });
    expect(itemOf(body, 'medewerkers-getraind').derived).toMatchObject({ kind: 'training', completed: 0 });
    expect(itemOf(body, 'signaaloverleg').derived).toBeNull();
    expect(itemOf(body, 'signaaloverleg').source).toBe('Stappenplan voor aandachtsfunctionaris mensenhandel van de gemeente, Centrum voor Criminaliteitspreventie en Veiligheid (CCV)');
    expect(itemOf((await read(af, 'en')).json(), 'signaaloverleg')).toMatchObject({ title: 'There is a signal meeting' });
  });

  it('is confirmed by the beheerder point by point, shown with who confirmed it, and audited with the changed fields only', async () => {
    const res = await confirm(beheerder, 'signaaloverleg', { status: 'voldaan', since: '2026-02-01', evidence: '  Maandelijks casusoverleg bij het RIEC  ' });
    expect(res.statusCode).toBe(200);
    const saved = itemOf(res.json(), 'signaaloverleg');
    expect(saved).toMatchObject({ status: 'voldaan', since: '2026-02-01', evidence: 'Maandelijks casusoverleg bij het RIEC', confirmedBy: beheerder.user.name });
    expect(saved.confirmedAt).not.toBeNull();
    // The AF reads the same.
    expect(itemOf((await read(af)).json(), 'signaaloverleg')).toEqual(saved);

    await confirm(beheerder, 'signaaloverleg', { status: 'deels', since: '2026-02-01', evidence: 'Maandelijks casusoverleg bij het RIEC' });
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'basisniveau.update');
    expect(records.map((r) => [r.municipality, r.actor_user_id, r.object_id, r.details])).toEqual([
      [LEIDEN, beheerder.userId, `${LEIDEN}:signaaloverleg`, { item: 'signaaloverleg', first: true, changed: ['status', 'since', 'evidence'], status: 'voldaan' }],
      [LEIDEN, beheerder.userId, `${LEIDEN}:signaaloverleg`, { item: 'signaaloverleg', first: false, changed: ['status'], status: 'deels' }],
    ]);
    expect(JSON.stringify(records)).not.toContain('RIEC');
    const reads = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'basisniveau.read');
    expect(reads.length).toBeGreaterThan(0);
  });

  it('refuses what the rules do not allow, with Dutch messages per field', async () => {
    const cases: [string, object, Record<string, string>][] = [
      ['regionale-aanpak', { status: 'voldaan', since: null, evidence: null }, {
        since: 'Vul in sinds wanneer dit zo is (JJJJ-MM-DD).',
        evidence: 'Beschrijf kort waaruit dit blijkt, bijvoorbeeld een besluit, een overleg of een lijst van getrainde medewerkers.',
      }],
      ['regionale-aanpak', { status: 'niet-voldaan', since: '2999-01-01' }, { since: 'De datum ligt in de toekomst. Vul de datum in waarop het al zo was.' }],
      ['regionale-aanpak', { status: 'niet-voldaan', since: '2026-02-31' }, { since: 'Dit is geen geldige datum. Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.' }],
      ['aandachtsfunctionaris', { status: 'voldaan', since: '2026-01-01', evidence: 'Intranet' }, {
        status: 'Er is nog geen aandachtsfunctionaris vastgelegd. Leg eerst onder "Aandachtsfunctionaris" vast wie het is; kies tot dan "niet voldaan" of "onbekend".',
      }],
    ];
    for (const [item, payload, fields] of cases) {
      const res = await confirm(beheerder, item, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const byField = Object.fromEntries((res.json().error.details.fields as { field: string; message: string }[]).map((f) => [f.field, f.message]));
      expect(byField).toEqual(fields);
    }
    for (const evidence of ['met\u0000nul', 'met\u001bescape']) {
      const res = await confirm(beheerder, 'regionale-aanpak', { status: 'deels', evidence });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('De toelichting bevat een onzichtbaar stuurteken (zoals een NUL-teken).');
    }
    expect((await confirm(beheerder, 'regionale-aanpak', { status: 'deels', evidence: 'x'.repeat(1001) })).json().error.message).toContain('De toelichting is te lang (hoogstens 1000 tekens).');
    expect((await confirm(beheerder, 'bestaat-niet', { status: 'deels', evidence: 'x' })).statusCode).toBe(404);
    expect(itemOf((await read(af)).json(), 'regionale-aanpak').status).toBe('onbekend');
  });

  it('lets the AF point be met once the AF is recorded, and shows the training figure of the municipality', async () => {
    const setAf = await app.inject({ method: 'PUT', url: '/api/v1/af-contact', headers: beheerder.headers, payload: { name: 'Fatima el Amrani', phone: '071-5165165', email: 'af@leiden.nl', hours: null } });
    expect(setAf.statusCode).toBe(200);
    const res = await confirm(beheerder, 'aandachtsfunctionaris', { status: 'voldaan', since: '2026-01-01', evidence: 'Op intranet en de routekaart' });
    expect(res.statusCode).toBe(200);
    expect(itemOf(res.json(), 'aandachtsfunctionaris')).toMatchObject({ status: 'voldaan', derived: { kind: 'af-contact', recorded: true } });

    const trainee = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    await inTenant(t.database.db, LEIDEN, (tx) =>
      tx.insert(trainingCompletions).values(TRAINING_MODULES.map((module) => ({ userId: trainee.userId, municipality: LEIDEN, module, track: 'balie', completedAt: new Date() }))),
    );
    const training = itemOf((await read(beheerder)).json(), 'medewerkers-getraind').derived as { users: number; completed: number };
    expect(training.completed).toBe(1);
    expect(training.users).toBeGreaterThanOrEqual(4);
  });

  it("keeps each municipality's checklist to itself: invisible to, and not writable by, another", async () => {
    expect((await read(denHaagBeheerder)).json().items.every((i: Item) => i.status === 'onbekend')).toBe(true);
    // Den Haag's beheerder confirms a point: it is Den Haag's, Leiden's is untouched.
    await confirm(denHaagBeheerder, 'signaaloverleg', { status: 'niet-voldaan' });
    expect(itemOf((await read(af)).json(), 'signaaloverleg').status).toBe('deels');
    // Row-level security: even a query of its own in Den Haag's tenant sees none of Leiden's rows
    // and cannot write one for Leiden.
    const seen = await inTenant(t.database.db, DEN_HAAG, (tx) => tx.select().from(basisniveauItems));
    expect(seen.map((r) => r.municipality)).toEqual([DEN_HAAG]);
    await expect(
      inTenant(t.database.db, DEN_HAAG, (tx) =>
        tx.insert(basisniveauItems).values({ municipality: LEIDEN, item: 'interne-meldroute', status: 'voldaan', confirmedByUserId: denHaagBeheerder.userId, confirmedAt: new Date() }),
      ),
    ).rejects.toThrow();
    await inTenant(t.database.db, DEN_HAAG, (tx) => tx.update(basisniveauItems).set({ status: 'onbekend' }));
    expect(itemOf((await read(af)).json(), 'signaaloverleg').status).toBe('deels');
    // A command run for Den Haag's user writes Den Haag's row whatever it is asked.
    await run(userContext(t.services, { userId: denHaagBeheerder.userId, municipality: DEN_HAAG }, 'beheerder'), updateChecklistItem, {
      item: 'interne-meldroute', status: 'deels', since: null, evidence: 'Alleen de balie', lang: 'nl',
    });
    expect(itemOf((await read(af)).json(), 'interne-meldroute').status).toBe('onbekend');
  });

  it("shows the regiobeheerder the statuses of the own region's municipalities side by side, and nothing else", async () => {
    const res = await matrix(regio);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.region).toEqual({ id: 'eenheid-den-haag', name: expect.any(String) });
    expect(body.items.map((i: { id: string }) => i.id)).toContain('signaaloverleg');
    const leiden = body.municipalities.find((m: { code: string }) => m.code === LEIDEN);
    const denHaag = body.municipalities.find((m: { code: string }) => m.code === DEN_HAAG);
    expect(leiden.statuses).toMatchObject({ signaaloverleg: 'deels', aandachtsfunctionaris: 'voldaan', 'regionale-aanpak': 'onbekend' });
    expect(denHaag.statuses).toMatchObject({ signaaloverleg: 'onbekend', 'interne-meldroute': 'deels' });
    expect(body.municipalities.every((m: { code: string }) => t.content.municipality(m.code)?.region === 'eenheid-den-haag')).toBe(true);
    expect(res.body).not.toContain('RIEC');
    expect(res.body).not.toContain(beheerder.user.name);
    expect(res.body).not.toContain('2026-02-01');

    const rotterdam = (await matrix(rotterdamRegio)).json();
    expect(rotterdam.region.id).toBe('rotterdam-rijnmond');
    expect(rotterdam.municipalities.some((m: { code: string }) => m.code === LEIDEN)).toBe(false);
    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'basisniveau.region');
    expect(audit.map((r) => r.object_id)).toEqual(['eenheid-den-haag', 'rotterdam-rijnmond']);
  });

  it('is read by the AF and beheerder, changed by the beheerder only, and not shown to a medewerker', async () => {
    const medewerker = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    expect((await read(medewerker)).statusCode).toBe(403);
    expect((await confirm(af, 'signaaloverleg', { status: 'voldaan' })).statusCode).toBe(403);
    expect((await matrix(af)).statusCode).toBe(403);
    expect((await matrix(beheerder)).statusCode).toBe(403);
    expect((await read(regio)).statusCode).toBe(403);
  });
});
