import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../domain/audit/views';
import { queryRows } from '../db/tenant';
import { sampleSubmission } from '../signals/test-fixtures';
import { createTestUser, loginAs, sessionFor, type TestLogin, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { verifyAuditChain } from './verify-chain';

/*
 * An attacker's view of the audit trail (docs/decisions/0011-shielded-reporter-audit.md): three
 * colleagues log in on one day from their own desks; one of them saves a draft, submits a signal
 * and looks at "Mijn signalen". The next day the auditor reads the trail and exports it. Whoever of
 * the three it was, the auditor's list and export must be the same, record for record and byte
 * for byte: no time, address, id, count or position may tell them apart.
 */

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
const PASSWORD = 'drie collega’s aan de balie';
const DAY = 24 * 3600 * 1000;
/** Monday 7 December 2026, 09:00 in Leiden. */
const MORNING = new Date('2026-12-07T08:00:00Z');

interface World {
  t: TestApp;
  colleagues: TestUser[];
  /** The submitted signal and the reporter, to check what the AF can open. */
  signalId: string;
  reporter: TestUser;
  auditor: TestLogin;
  /** What the auditor saw on the day itself, and on the next. */
  sameDay: AuditEvent[];
  nextDay: AuditEvent[];
  csv: string;
}

const worlds: World[] = [];

/** The day's events with the reporter being colleague `k` (0, 1 or 2). */
async function world(k: number): Promise<World> {
  let clock = MORNING;
  const t = await createTestApp({ now: () => clock });
  const colleagues: TestUser[] = [];
  for (const n of [1, 2, 3]) {
    colleagues.push(await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], password: PASSWORD, name: `Collega ${n}`, email: `collega${n}@leiden.test`, now: clock }));
  }
  const auditorUser = await createTestUser(t.database.db, { municipality: LEIDEN, roles: ['auditor'], name: 'Aud Itor', email: 'auditor@leiden.test', now: clock });
  let signalId = '';
  for (const [i, colleague] of colleagues.entries()) {
    clock = new Date(MORNING.getTime() + i * 20 * 60_000);
    const ip = `10.20.0.${i + 1}`;
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: colleague.email, password: PASSWORD }, remoteAddress: ip });
    expect(login.statusCode, login.body).toBe(200);
    if (i !== k) continue;
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
    clock = new Date(clock.getTime() + 60_000);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/signal-draft', payload: { payload: { description: 'half af' } }, headers, remoteAddress: ip })).statusCode).toBe(204);
    clock = new Date(clock.getTime() + 60_000);
    const submitted = await t.app.inject({ method: 'POST', url: '/api/v1/signals', payload: sampleSubmission(), headers: { ...headers, 'idempotency-key': crypto.randomUUID() }, remoteAddress: ip });
    expect(submitted.statusCode, submitted.body).toBe(201);
    signalId = submitted.json().id;
    clock = new Date(clock.getTime() + 60_000);
    expect((await t.app.inject({ url: '/api/v1/my-signals', headers, remoteAddress: ip })).statusCode).toBe(200);
  }
  clock = new Date(MORNING.getTime() + 6 * 3600 * 1000);
  const auditorToday = await sessionFor(t.database.db, auditorUser, { now: clock });
  const sameDay = await readTrail(t, auditorToday);
  clock = new Date(MORNING.getTime() + DAY);
  const auditor = await sessionFor(t.database.db, auditorUser, { now: clock });
  const nextDay = await readTrail(t, auditor);
  const csv = (await t.app.inject({ url: '/api/v1/audit/export', headers: auditor.headers, remoteAddress: '10.20.0.99' })).body;
  return { t, colleagues, signalId, reporter: colleagues[k]!, auditor, sameDay, nextDay, csv };
}

/** Every page of the auditor's list. */
async function readTrail(t: TestApp, auditor: TestLogin): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let before: number | null = null;
  do {
    const res = await t.app.inject({ url: `/api/v1/audit${before ? `?before=${before}` : ''}`, headers: auditor.headers, remoteAddress: '10.20.0.99' });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { events: AuditEvent[]; nextBefore: number | null };
    events.push(...page.events);
    before = page.nextBefore;
  } while (before !== null);
  return events;
}

/**
 * What differs between worlds by construction and says nothing about who reported: the users'
 * random ids (named by their place in the list instead) and the random references of shielded
 * records. Everything else is compared as it is.
 */
function normalise(text: string, w: World): string {
  let out = text;
  w.colleagues.forEach((c, i) => (out = out.replaceAll(c.userId, `<collega ${i + 1}>`)));
  return out.replace(/AR-[0-9A-Z]{4}-[0-9A-Z]{4}/g, '<kenmerk>').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
}

beforeAll(async () => {
  for (const k of [0, 1, 2]) worlds.push(await world(k));
}, 120_000);

afterAll(async () => {
  for (const w of worlds) await w.t.close();
});

describe('the audit trail shields the reporter', () => {
  it('shows the auditor the same list and export whichever colleague reported', () => {
    const [first, ...others] = worlds.map((w) => ({ list: normalise(JSON.stringify(w.nextDay), w), csv: normalise(w.csv, w) }));
    for (const other of others) {
      expect(other.list).toBe(first!.list);
      expect(other.csv).toBe(first!.csv);
    }
    // The comparison is not empty: the logins and the shielded records are there.
    const events = worlds[0]!.nextDay;
    expect(events.filter((e) => e.action === 'login')).toHaveLength(3);
    expect(events.filter((e) => e.shielded).map((e) => e.action).sort()).toEqual(['signal-draft.save', 'signal.list-own', 'signal.submit']);
  });

  it('shows a shielded record with its day only, no user, address, object or detail, and a reference', () => {
    for (const w of worlds) {
      for (const e of w.nextDay.filter((r) => r.shielded)) {
        expect(e).toMatchObject({ actor: 'melder', actorUserId: null, actorName: null, origin: null, objectId: null, details: {} });
        expect(e.at).toBe('2026-12-06T23:00:00.000Z'); // midnight in Leiden
        expect(e.reference).toMatch(/^AR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        expect(e.id).toBeGreaterThan(1e15);
      }
      // The ordinary numbering has no gap where the reporter acted.
      const ordinary = w.nextDay.filter((r) => !r.shielded).map((r) => r.id).sort((a, b) => a - b);
      expect(ordinary.at(-1)! - ordinary[0]! + 1).toBe(ordinary.length);
      // The export says the day, not a moment.
      expect(w.csv).toMatch(/,2026-12-07,,,melder,signal\.submit,signal,,success,,AR-/);
    }
  });

  it('lists no shielded record on its own day: refreshing the page would tell its time', () => {
    for (const w of worlds) {
      expect(w.sameDay.filter((e) => e.shielded)).toEqual([]);
      expect(w.sameDay.filter((e) => e.action === 'login')).toHaveLength(3);
    }
  });

  it('leaves the other records of the reporter without any word of signals', () => {
    for (const w of worlds) {
      const own = w.nextDay.filter((e) => e.actorUserId === w.reporter.userId);
      expect(own.map((e) => e.action)).toEqual(['login']);
      expect(JSON.stringify(own)).not.toMatch(/signal/i);
    }
  });

  it('keeps the hash chain whole, and notices a changed sealed part', async () => {
    const w = worlds[0]!;
    expect(await verifyAuditChain(w.t.database.db)).toMatchObject({ ok: true });
    const [row] = await queryRows<{ id: string }>(w.t.database.db, sql`select id from audit_events where sealed_ref is not null order by id limit 1`);
    await w.t.database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await w.t.database.db.execute(sql`update audit_events set sealed = sealed || 'x' where id = ${row!.id}`);
    await w.t.database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    expect(await verifyAuditChain(w.t.database.db)).toMatchObject({ ok: false, broken: { id: Number(row!.id), reason: 'changed' } });
  });
});

describe('opening a shielded record', () => {
  it('gives the AF of the municipality who submitted, from where and when, for a reason that is itself audited', async () => {
    const w = worlds[1]!;
    const submit = w.nextDay.find((e) => e.action === 'signal.submit')!;
    const af = await loginAs(w.t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], now: new Date(MORNING.getTime() + DAY) });
    const open = (login: TestLogin, body: object) => w.t.app.inject({ method: 'POST', url: '/api/v1/audit/sealed', payload: body, headers: login.headers, remoteAddress: '10.20.0.50' });
    const reason = 'Auditor vraagt na of deze melding door een medewerker van de balie kwam.';
    const res = await open(af, { reference: submit.reference!.toLowerCase(), reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      reference: submit.reference,
      action: 'signal.submit',
      actorUserId: w.reporter.userId,
      actorName: 'Collega 2',
      actorEmail: 'collega2@leiden.test',
      origin: '10.20.0.2',
      objectType: 'signal',
      objectId: w.signalId,
      at: new Date(MORNING.getTime() + 20 * 60_000 + 2 * 60_000).toISOString(),
    });
    const after = await readTrail(w.t, w.auditor);
    expect(after.find((e) => e.action === 'audit.unseal')).toMatchObject({ actorUserId: af.userId, objectId: submit.reference, details: { reason }, origin: '10.20.0.50' });
  });

  it('is refused without a reason, to the auditor, and for another municipality', async () => {
    const w = worlds[2]!;
    const reference = w.nextDay.find((e) => e.action === 'signal.submit')!.reference!;
    const at = new Date(MORNING.getTime() + DAY);
    const open = (login: TestLogin, body: object) => w.t.app.inject({ method: 'POST', url: '/api/v1/audit/sealed', payload: body, headers: login.headers });
    const af = await loginAs(w.t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], now: at });
    const short = await open(af, { reference, reason: 'kijken' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('reden van ten minste 10 tekens');
    expect((await open(w.auditor, { reference, reason: 'Ik wil weten wie dit was.' })).statusCode).toBe(403);
    const other = await loginAs(w.t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'], now: at });
    const foreign = await open(other, { reference, reason: 'Een melding van een andere gemeente bekijken.' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.id).toBe('sealed-record-not-found');
  });
});
