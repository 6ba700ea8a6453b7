import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Statistics } from '../../domain/statistics';
import { run } from '../context/run';
import { applyRetention } from '../retention/commands/apply-retention';
import { DEN_HAAG, LEIDEN, postHandover, SHOP_EMAIL, tokenIn } from '../test-support/handover-fixtures';
import { allAuditRecords, createTestUser, loginAs, sessionFor, type TestLogin, type TestUser } from '../test-support/login-as';
import { sampleSubmission } from '../test-support/signal-fixtures';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';

let t: TestApp;
let clock = new Date('2026-02-02T09:00:00Z');
const DAY = 86_400_000;
let af: TestLogin;
let reporter: TestUser;


const RANGE = 'from=2026-01-01&to=2026-06-30';
/** A fresh session at the test's clock (a retention run a year on outlives the earlier ones). */
const headers = async (login: TestLogin, municipality = LEIDEN) => (await sessionFor(t.database.db, { userId: login.userId, municipality }, { now: clock })).headers;

async function submit(municipality: string, as: TestUser, at: Date, overrides: Parameters<typeof sampleSubmission>[0] = {}): Promise<string> {
  clock = at;
  const login = await sessionFor(t.database.db, { userId: as.userId, municipality }, { now: clock });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/signals', headers: { ...login.headers, 'idempotency-key': crypto.randomUUID() }, payload: sampleSubmission(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function event(id: string, at: Date, payload: object) {
  clock = at;
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/signals/${id}/events`, headers: await headers(af), payload });
  expect(res.statusCode, res.body).toBe(200);
}

async function get(url: string, login: TestLogin, municipality = LEIDEN) {
  return t.app.inject({ method: 'GET', url, headers: await headers(login, municipality) });
}

const table = (s: Statistics, id: string) => s.tables.find((x) => x.id === id)!;
const rowsOf = (s: Statistics, id: string) => Object.fromEntries(table(s, id).rows.map((r) => [r.key, r.total]));

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  af = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
  reporter = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Mirjam Melder-Geheim', email: 'mirjam.melder@leiden.test' });
  const start = new Date('2026-02-02T09:00:00Z');
  // Handed over to SHOP two days after it came in; the partner answers a week later; the reporter is told.
  const handedOver = await submit(LEIDEN, reporter, start, { forms: ['labour'], sector: 'horeca', riskGroups: ['arbeidsmigranten', 'zonder-verblijfsstatus'] });
  await event(handedOver, new Date(start.getTime() + DAY), { event: 'vastleggen' });
  clock = new Date(start.getTime() + 2 * DAY);
  const sent = await postHandover(t.app, { ...af, headers: await headers(af) }, handedOver, { ...SHOP_EMAIL, channel: 'phone' });
  expect(sent.statusCode, sent.body).toBe(201);
  clock = new Date(start.getTime() + 9 * DAY);
  const fed = await t.app.inject({ method: 'POST', url: '/api/v1/feedback', payload: { token: tokenIn(sent.json<{ feedbackLink: string }>().feedbackLink), outcome: 'taken-up' } });
  expect(fed.statusCode, fed.body).toBe(201);
  await event(handedOver, new Date(start.getTime() + 10 * DAY), { event: 'melder-informeren', message: 'Een partner heeft het signaal opgepakt.' });
  // Decided not to pass on, reporter told, closed.
  const closedWithoutHandover = await submit(LEIDEN, reporter, new Date('2026-03-10T10:00:00Z'), { forms: ['sexual', 'criminal'] });
  await event(closedWithoutHandover, new Date('2026-03-11T10:00:00Z'), { event: 'vastleggen' });
  await event(closedWithoutHandover, new Date('2026-03-12T10:00:00Z'), { event: 'niet-doorzetten', reason: 'Geen aanwijzingen na gesprek met Piotr K.' });
  await event(closedWithoutHandover, new Date('2026-03-12T11:00:00Z'), { event: 'melder-informeren', message: 'Dank voor uw signaal.' });
  await event(closedWithoutHandover, new Date('2026-03-12T12:00:00Z'), { event: 'afsluiten' });
  // Not yet looked at.
  await submit(LEIDEN, reporter, new Date('2026-03-20T10:00:00Z'));
  // Another municipality of the same region.
  const haags = await createTestUser(t.database.db, { municipality: DEN_HAAG, roles: ['medewerker'] });
  for (const day of [1, 2, 3, 4, 5, 6]) await submit(DEN_HAAG, haags, new Date(`2026-04-0${day}T10:00:00Z`));
  clock = new Date('2026-07-01T09:00:00Z');
});
afterAll(() => t?.close());

describe('management information of the own municipality', () => {
  it('shows the AF the signals per month, per category, per partner and why not passed on, of the own municipality only', async () => {
    const res = await get(`/api/v1/statistics?${RANGE}`, af);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<Statistics>();
    expect(s).toMatchObject({ scope: 'municipality', name: 'Leiden', from: '2026-01-01', to: '2026-06-30', suppressed: false });
    expect(table(s, 'signals').rows[0]!.values).toEqual([0, 1, 2, 0, 0, 0]);
    expect(table(s, 'signals').columns.map((c) => c.label)).toEqual(['januari 2026', 'februari 2026', 'maart 2026', 'april 2026', 'mei 2026', 'juni 2026']);
    expect(rowsOf(s, 'forms')).toEqual({ labour: 2, sexual: 1, criminal: 1 });
    expect(rowsOf(s, 'sector')).toEqual({ horeca: 1, none: 2 });
    expect(rowsOf(s, 'riskGroups')).toEqual({ arbeidsmigranten: 1, 'zonder-verblijfsstatus': 1, none: 2 });
    expect(rowsOf(s, 'partner')).toEqual({ shop: 1, none: 2 });
    expect(rowsOf(s, 'notPassedOn')).toEqual({ decided: 1, 'not-recorded': 1, 'in-progress': 0 });
    expect(table(s, 'feedback').rows).toEqual([{ key: 'shop', label: expect.stringContaining('SHOP'), values: [1, 0, 0, 0], total: 1 }]);
    expect(s.leadTimes.find((l) => l.step === 'feedback')).toEqual({ step: 'feedback', count: 1, medianDays: 7, p90Days: 7 });
    expect(s.leadTimes.find((l) => l.step === 'recorded')).toEqual({ step: 'recorded', count: 2, medianDays: 1, p90Days: 1 });
    // Counts, never a signal or a person.
    expect(res.body).not.toMatch(/SR-|Piotr|Mirjam|Melder/);
  });

  it('names the categories in English when asked', async () => {
    const s = (await get(`/api/v1/statistics?${RANGE}&lang=en&granularity=quarter`, af)).json<Statistics>();
    expect(table(s, 'signals').columns.map((c) => c.label)).toEqual(['Q1 2026', 'Q2 2026']);
    expect(table(s, 'forms').rows.find((r) => r.key === 'labour')!.label).toBe('Labour exploitation');
  });

  it('lets the beheerder see the figures, and records every reading in the audit trail', async () => {
    const beheerder = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['beheerder'] });
    expect((await get(`/api/v1/statistics?${RANGE}`, beheerder)).statusCode).toBe(200);
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'statistics.read' && r.actor_user_id === beheerder.userId);
    expect(records).toHaveLength(1);
    expect(records[0]!.details).toMatchObject({ from: '2026-01-01', to: '2026-06-30', granularity: 'month' });
  });

  it('exports the figures as CSV with every number below 5 hidden and marked as hidden', async () => {
    const res = await get(`/api/v1/statistics/export?${RANGE}`, af);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="cijfers-GM0546-/);
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('tabel,rij,kolom,waarde,verborgen');
    const values = lines.slice(1).map((l) => l.split(',').slice(-2));
    expect(values.filter(([v]) => v !== '' && Number(v) < 5 && !v!.includes('.'))).toEqual([]);
    expect(values.filter(([, hidden]) => hidden === 'ja').length).toBeGreaterThan(0);
    expect(res.body).toContain('Signalen per periode,Leiden,maart 2026,,ja');
  });

  it('refuses a range that ends before it starts, or spans more than ten years', async () => {
    expect((await get('/api/v1/statistics?from=2026-06-01&to=2026-01-01', af)).statusCode).toBe(400);
    expect((await get('/api/v1/statistics?from=2027-01-01', af)).statusCode).toBe(400);
    const long = await get('/api/v1/statistics?from=2016-01-01&to=2026-06-30', af);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toContain('hoogstens 10 jaar');
  });

  it('refuses the medewerker and the regiobeheerder the municipality\'s own figures', async () => {
    for (const role of ['medewerker', 'regiobeheerder'] as const) {
      const login = await loginAs(t.database.db, { municipality: LEIDEN, roles: [role] });
      expect((await get(`/api/v1/statistics?${RANGE}`, login)).statusCode).toBe(403);
    }
  });
});

describe('the regional view', () => {
  it('shows the regiobeheerder the municipalities of the region side by side, small numbers hidden', async () => {
    const regio = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['regiobeheerder'] });
    const res = await get(`/api/v1/statistics/region?${RANGE}`, regio);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<Statistics>();
    expect(s).toMatchObject({ scope: 'region', name: 'Eenheid Den Haag', suppressed: true, threshold: 5 });
    const signals = table(s, 'signals');
    expect(signals.rows.map((r) => r.label)).toEqual(["'s-Gravenhage", 'Leiden']);
    // Den Haag's six are published, Leiden's three hidden, and so is whatever would give them back.
    expect(signals.rows.map((r) => r.total)).toEqual([null, null]);
    expect(signals.total).toBe(9);
    for (const t of s.tables) for (const r of t.rows) expect([...r.values, r.total].filter((v) => v !== null && v < 5)).toEqual([]);
    expect(s.leadTimes.every((l) => l.medianDays === null)).toBe(true);
    const csv = await get(`/api/v1/statistics/region/export?${RANGE}`, regio);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/cijfers-eenheid-den-haag-/);
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.actor_user_id === regio.userId).map((r) => r.action);
    expect(records).toEqual(['statistics.region', 'statistics.region-export']);
  });

  it('is not for the AF or the beheerder', async () => {
    expect((await get(`/api/v1/statistics/region?${RANGE}`, af)).statusCode).toBe(403);
  });
});

describe('figures across retention', () => {
  it('still count a signal after retention deleted it, under "deleted" where its categories are gone', async () => {
    const before = (await get(`/api/v1/statistics?${RANGE}`, af)).json<Statistics>();
    clock = new Date('2027-03-13T12:00:00Z');
    const result = await run(testContext(t, null, clock), applyRetention, undefined);
    expect(result.signals).toBe(1);
    const after = (await get(`/api/v1/statistics?${RANGE}`, af)).json<Statistics>();
    expect(table(after, 'signals').rows[0]!.values).toEqual(table(before, 'signals').rows[0]!.values);
    expect(rowsOf(after, 'forms')).toEqual({ labour: 2, deleted: 1 });
    expect(rowsOf(after, 'partner')).toEqual({ shop: 1, none: 2, deleted: 0 });
    expect(rowsOf(after, 'notPassedOn')).toEqual({ decided: 0, 'not-recorded': 1, 'in-progress': 0, deleted: 1 });
  });
});
