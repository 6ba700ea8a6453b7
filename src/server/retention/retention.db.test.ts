import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../context/run';
import { seal, sealContext } from '../crypto/sealed-fields';
import { signalLinks } from '../db/schema';
import { asSystem, inTenant, queryRows } from '../db/tenant';
import { addToAgenda } from '../meetings/commands/change-agenda';
import { createMeeting } from '../meetings/commands/create-meeting';
import { DEN_HAAG, handoverCase, LEIDEN, postHandover, SHOP_EMAIL, tokenIn, type HandoverCase } from '../test-support/handover-fixtures';
import { loginAs, sessionFor, type TestLogin } from '../test-support/login-as';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';
import { applyRetention } from './commands/apply-retention';

let t: TestApp;
let clock = new Date('2026-01-12T09:00:00Z');
let beheerder: TestLogin;
let auditor: TestLogin;

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const SECOND = 1000;
const DAY = 24 * 3600 * SECOND;

const event = (c: HandoverCase, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/signals/${c.signal.id}/events`, headers: c.af.headers, payload }).then((r) => {
    expect(r.statusCode, r.body).toBe(200);
    return r;
  });

/** Recorded, not passed on, reporter told, closed: the path of a signal without a handover. Returns when it was closed. */
async function closeWithoutHandover(c: HandoverCase, at: Date): Promise<Date> {
  clock = at;
  await event(c, { event: 'niet-doorzetten', reason: 'Geen aanwijzingen voor uitbuiting na gesprek met Piotr K.' });
  await event(c, { event: 'melder-informeren', message: 'Dank voor uw signaal; wij hebben het bekeken.' });
  await event(c, { event: 'afsluiten' });
  return at;
}

/** Handed over by phone, the partner answers through the link, reporter told, closed. */
async function closeAfterHandover(c: HandoverCase, at: Date): Promise<Date> {
  clock = at;
  const res = await postHandover(t.app, c.af, c.signal.id, { ...SHOP_EMAIL, channel: 'phone' });
  expect(res.statusCode, res.body).toBe(201);
  const token = tokenIn(res.json<{ feedbackLink: string }>().feedbackLink);
  const fed = await t.app.inject({ method: 'POST', url: '/api/v1/feedback', payload: { token, outcome: 'taken-up', note: 'Wij hebben contact met Piotr K.' } });
  expect(fed.statusCode, fed.body).toBe(201);
  await event(c, { event: 'melder-informeren', message: 'Een partner heeft het signaal opgepakt.' });
  await event(c, { event: 'afsluiten' });
  return at;
}

/** A new session of the same user at the test's clock: a year on, yesterday's session has expired. */
const now = async (login: TestLogin, municipality = LEIDEN) => (await sessionFor(t.database.db, { userId: login.userId, municipality }, { now: clock })).headers;

const runRetention = (at: Date) => run(testContext(t, null, at), applyRetention, undefined);

/** Every row anywhere that still belongs to the signal. */
async function traces(signalId: string, reference: string): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(
    t.database.db,
    sql`select
      (select count(*)::int from signals where id = ${signalId}) as signals,
      (select count(*)::int from signal_events where signal_id = ${signalId}) as events,
      (select count(*)::int from handovers where signal_id = ${signalId}) as handovers,
      (select count(*)::int from meeting_signals where signal_id = ${signalId}) as agenda,
      (select count(*)::int from signal_links where signal_id = ${signalId} or candidate_id = ${reference}) as links`,
  );
  return row!;
}
const gone = { signals: 0, events: 0, handovers: 0, agenda: 0, links: 0 };

let withoutHandover: HandoverCase;
let afterHandover: HandoverCase;
let held: HandoverCase;
let other: HandoverCase;
let denHaag: HandoverCase;
let closedAt: Date;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  beheerder = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['beheerder'] });
  auditor = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['auditor'] });
  withoutHandover = await handoverCase(t);
  afterHandover = await handoverCase(t);
  held = await handoverCase(t);
  other = await handoverCase(t);
  denHaag = await handoverCase(t, DEN_HAAG);
  closedAt = await closeWithoutHandover(withoutHandover, new Date('2026-02-03T10:15:00Z'));
  await closeAfterHandover(afterHandover, closedAt);
  await closeWithoutHandover(held, closedAt);
  await closeWithoutHandover(denHaag, closedAt);
  // The signal that goes is on a meeting's agenda and linked both ways with a signal that stays.
  const meeting = await run(testContext(t, LEIDEN, closedAt), createMeeting, { heldOn: '2026-02-10', title: 'Signalenoverleg februari' });
  await run(testContext(t, LEIDEN, closedAt), addToAgenda, { meetingId: meeting.meeting.id, signalId: withoutHandover.signal.id });
  await inTenant(t.database.db, LEIDEN, async (tx) => {
    for (const [from, to] of [[withoutHandover, other], [other, withoutHandover]] as const) {
      const id = crypto.randomUUID();
      await tx.insert(signalLinks).values({ id, municipality: LEIDEN, signalId: from.signal.id, subject: 'persons.0', source: 'signal', candidateId: to.signal.reference, decision: 'confirmed', detailSealed: seal(t.keyring, sealContext.signalLink(id), { label: 'Piotr K.' }), decidedAt: closedAt });
    }
  });
  clock = closedAt;
  const hold = await t.app.inject({ method: 'PUT', url: `/api/v1/signals/${held.signal.id}/legal-hold`, headers: held.af.headers, payload: { reason: 'Verzoek van de officier van justitie in de zaak tegen Glans BV' } });
  expect(hold.statusCode, hold.body).toBe(200);
  expect(hold.json().legalHoldSince).toBe(closedAt.toISOString());
  // A medewerker's unfinished signal.
  clock = new Date('2026-02-01T08:00:00Z');
  const writer = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
  const draft = await t.app.inject({ method: 'PUT', url: '/api/v1/signal-draft', headers: writer.headers, payload: { payload: { description: 'Tomasz woont boven de bakkerij' } } });
  expect(draft.statusCode, draft.body).toBeLessThan(300);
});
afterAll(() => t?.close());

describe('retention: what has passed its term is deleted, everywhere, and nothing earlier', () => {
  const dueWithoutHandover = () => new Date('2027-02-03T10:15:00Z'); // a year after closing, same Dutch time

  it('shows the beheerder and the auditor a week ahead what goes on which date, and what a legal hold keeps', async () => {
    clock = later(dueWithoutHandover(), -6 * DAY);
    for (const login of [beheerder, auditor]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/retention/preview', headers: await now(login) });
      expect(res.statusCode, res.body).toBe(200);
      const { signals } = res.json<{ signals: Array<{ reference: string; dueAt: string; onHold: boolean; term: string }> }>();
      expect(signals.map((s) => [s.reference, s.dueAt, s.onHold, s.term]).sort()).toEqual(
        [
          [withoutHandover.signal.reference, dueWithoutHandover().toISOString(), false, 'closed'],
          [held.signal.reference, dueWithoutHandover().toISOString(), true, 'closed'],
        ].sort(),
      );
      expect(JSON.stringify(res.json())).not.toMatch(/Piotr|Glans|Melder|officier/);
    }
    const af = await t.app.inject({ method: 'GET', url: '/api/v1/retention/preview', headers: await now(withoutHandover.af) });
    expect(af.statusCode).toBe(403);
  });

  it('deletes nothing a second early', async () => {
    const result = await runRetention(later(dueWithoutHandover(), -SECOND));
    expect(result.signals).toBe(0);
    expect((await traces(withoutHandover.signal.id, withoutHandover.signal.reference)).signals).toBe(1);
  });

  it('deletes a closed signal with its history, agenda entry and links both ways once its term has passed, and keeps the rest', async () => {
    const before = await traces(withoutHandover.signal.id, withoutHandover.signal.reference);
    expect(before).toMatchObject({ signals: 1, agenda: 1, links: 2 });
    expect(before.events).toBeGreaterThan(3);
    const result = await runRetention(later(dueWithoutHandover(), SECOND));
    expect(result.signals).toBe(2); // Leiden's and Den Haag's, both a year after closing
    expect(await traces(withoutHandover.signal.id, withoutHandover.signal.reference)).toEqual(gone);
    expect(await traces(denHaag.signal.id, denHaag.signal.reference)).toEqual(gone);
    // Handed over: five years. On legal hold: kept. Still open: kept.
    for (const kept of [afterHandover, held, other]) expect((await traces(kept.signal.id, kept.signal.reference)).signals, kept.signal.reference).toBe(1);
    expect((await traces(afterHandover.signal.id, afterHandover.signal.reference)).handovers).toBe(1);
    // Running again finds nothing more.
    expect((await runRetention(later(dueWithoutHandover(), 2 * SECOND))).signals).toBe(0);
  });

  it('deleted the drafts after 30 days without a change, counted and never named', async () => {
    const [{ n }] = (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from signal_drafts`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('keeps a deletion log the auditor reads: metadata only, no personal data anywhere in it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/retention/deletions', headers: await now(auditor) });
    expect(res.statusCode, res.body).toBe(200);
    const { items: log, next } = res.json<{ items: Array<{ objectType: string; reference: string | null; state: string | null; term: string; termLength: number; count: number; closedAt: string | null }>; next: string | null }>();
    expect(next).toBeNull();
    expect(log.map((l) => [l.objectType, l.reference, l.state, l.term, l.termLength, l.count]).sort()).toEqual(
      [
        ['drafts', null, null, 'draft', 30, 1],
        ['signal', withoutHandover.signal.reference, 'afgesloten', 'closed', 12, 1],
      ].sort(),
    );
    expect(log.find((l) => l.objectType === 'signal')!.closedAt).toBe(closedAt.toISOString());
    // Searched for literally: names, e-mail, phone, free text, the reasons, the writer of the draft.
    const everything = JSON.stringify(await queryRows(t.database.db, sql`select * from retention_deletions`)) + JSON.stringify(await queryRows(t.database.db, sql`select details from audit_events where action = 'retention.run'`));
    for (const personal of ['Piotr', 'Mirjam', 'Melder-Geheim', 'leiden.test', '071-5550123', 'Tomasz', 'bakkerij', 'Glans', 'officier', 'gesprek']) expect(everything).not.toContain(personal);
    expect(everything).not.toContain(withoutHandover.reporter.userId);
    // Den Haag's deletion is Den Haag's business.
    expect(res.body).not.toContain(denHaag.signal.reference);
  });

  it('deletes a signal on legal hold only after the hold is lifted, and the hold is in its history', async () => {
    const caseView = await t.app.inject({ method: 'GET', url: `/api/v1/signals/${held.signal.id}`, headers: await now(held.af) });
    expect(caseView.json().events.map((e: { kind: string }) => e.kind)).toContain('bewaring-gestart');
    expect((await runRetention(later(dueWithoutHandover(), 30 * DAY))).signals).toBe(0);
    const lift = await t.app.inject({ method: 'DELETE', url: `/api/v1/signals/${held.signal.id}/legal-hold`, headers: await now(held.af), payload: { reason: 'Zaak afgerond' } });
    expect(lift.statusCode, lift.body).toBe(200);
    expect(lift.json().legalHoldSince).toBeNull();
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/signals/${held.signal.id}/legal-hold`, headers: await now(held.af), payload: { reason: 'nogmaals' } });
    expect(again.statusCode).toBe(409);
    expect((await runRetention(later(dueWithoutHandover(), 31 * DAY))).signals).toBe(1);
    expect(await traces(held.signal.id, held.signal.reference)).toEqual(gone);
  });

  it('lets the beheerder shorten a term within the bounds, and the next run applies it; the log names who set it', async () => {
    const refused = await t.app.inject({ method: 'PUT', url: '/api/v1/retention/terms', headers: await now(beheerder), payload: { closedMonths: 3, handedOverMonths: 60, draftDays: 30, userMonths: 12, registerMonths: 12, auditMonths: 72 } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Kies een hele termijn van 6 tot en met 60 maanden.');
    const set = await t.app.inject({ method: 'PUT', url: '/api/v1/retention/terms', headers: await now(beheerder), payload: { closedMonths: 12, handedOverMonths: 12, draftDays: 30, userMonths: 12, registerMonths: 12, auditMonths: 72 } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ closedMonths: 12, handedOverMonths: 12, draftDays: 30 });
    expect((await runRetention(later(dueWithoutHandover(), 32 * DAY))).signals).toBe(1);
    expect(await traces(afterHandover.signal.id, afterHandover.signal.reference)).toEqual(gone);
    const log = await queryRows<{ term: string; term_set_by_user_id: string | null }>(t.database.db, sql`select term, term_set_by_user_id from retention_deletions where reference = ${afterHandover.signal.reference}`);
    expect(log).toEqual([{ term: 'handed-over', term_set_by_user_id: beheerder.userId }]);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/retention/terms', headers: await now(auditor), payload: { closedMonths: 12, handedOverMonths: 60, draftDays: 30, userMonths: 12, registerMonths: 12, auditMonths: 72 } })).statusCode).toBe(403);
  });

  it('removes the name, e-mail address and login of an account a year after it was deactivated, and keeps the account', async () => {
    clock = new Date('2027-03-10T09:00:00Z');
    const leaver = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'], now: clock });
    const deactivated = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${leaver.userId}`, headers: await now(beheerder), payload: { active: false } });
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    const account = () => queryRows<{ name: string; email: string; password_hash: string | null; anonymised_at: string | null }>(t.database.db, sql`select name, email, password_hash, anonymised_at from users where id = ${leaver.userId}`);
    const before = (await account())[0]!;
    await runRetention(new Date('2028-03-10T08:59:59Z'));
    expect((await account())[0]).toEqual(before);
    await runRetention(new Date('2028-03-10T09:00:01Z'));
    const after = (await account())[0]!;
    expect(after).toMatchObject({ name: 'Oud-gebruiker', email: `verwijderd-${leaver.userId}@signaalroute.invalid`, password_hash: null });
    expect(after.anonymised_at).not.toBeNull();
    const log = await queryRows<{ object_type: string; object_id: string; term: string; term_length: number }>(t.database.db, sql`select object_type, object_id, term, term_length from retention_deletions where object_id = ${leaver.userId}`);
    expect(log).toEqual([{ object_type: 'user', object_id: leaver.userId, term: 'user', term_length: 12 }]);
    expect(JSON.stringify(await queryRows(t.database.db, sql`select * from retention_deletions`))).not.toContain(before.email);
  });

  it('removes the personal fields of an account without a municipality after the default term too, and the installation\'s trail counts it', async () => {
    const id = crypto.randomUUID();
    const deactivatedAt = new Date('2027-04-01T09:00:00Z');
    await asSystem(t.database.db, (tx) =>
      tx.execute(sql`insert into users (id, municipality, region, email, name, roles, active, deactivated_at)
                     values (${id}, null, 'eenheid-den-haag', 'regio.oud@example.test', 'Rita Regio', '{regiobeheerder}', false, ${deactivatedAt.toISOString()}::timestamptz)`),
    );
    const account = async () => (await queryRows<{ name: string; email: string }>(t.database.db, sql`select name, email from users where id = ${id}`))[0]!;
    await runRetention(new Date('2028-04-01T08:59:59Z'));
    expect(await account()).toEqual({ name: 'Rita Regio', email: 'regio.oud@example.test' });
    await runRetention(new Date('2028-04-01T09:00:01Z'));
    expect(await account()).toEqual({ name: 'Oud-gebruiker', email: `verwijderd-${id}@signaalroute.invalid` });
    const trail = await queryRows<{ details: Record<string, unknown> }>(t.database.db, sql`select details from audit_events where municipality is null and action = 'retention.run' order by id desc limit 1`);
    expect(trail[0]!.details).toEqual({ regionalUsers: 1 });
    expect(JSON.stringify(await queryRows(t.database.db, sql`select * from retention_deletions`))).not.toContain('Rita');
  });

  it('leaves the application role unable to delete history or write the log itself', async () => {
    await expect(inTenant(t.database.db, LEIDEN, (tx) => tx.execute(sql`delete from signal_events where signal_id = ${other.signal.id}`))).rejects.toThrow();
    await expect(inTenant(t.database.db, LEIDEN, (tx) => tx.execute(sql`delete from retention_deletions`))).rejects.toThrow();
  });
});
