import { eq, sql } from 'drizzle-orm';
import type { RegionPackState } from '../../domain/content/region-pack-state';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNAL_STATES, transition, type SignalState } from '../../domain/signal/workflow';
import { signalEvents, signals } from '../db/schema';
import { inTenant, queryRows } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, loginAs, personalDataInAudit, type TestLogin, type TestUser } from '../test-support/login-as';
import { startSmtpCapture, type SmtpCapture } from '../test-support/smtp-capture';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { CASE_EVENTS } from '../../domain/signal/workflow';
import { insertHandoverRow, sampleSubmission, submitAs } from './test-fixtures';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
const PUBLIC_URL = 'https://signaalroute.leiden.example';
const DAY = 86_400_000;

let t: TestApp;
let app: App;
let smtp: SmtpCapture;
let reporter: TestLogin & { user: TestUser };
let af: TestLogin & { user: TestUser };
let denHaagAf: TestLogin & { user: TestUser };
let signalId: string;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
  app = t.app;
  reporter = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
  af = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
  denHaagAf = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
  signalId = (await submitAs(app, reporter, sampleSubmission({ forms: ['criminal'], observedSignals: ['criminal-drugs-gestolen-spullen'] }))).json().id;
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const as = (login: TestLogin) => ({ headers: login.headers, remoteAddress: '10.6.0.1' });
const getCase = (login: TestLogin, id = signalId) => app.inject({ url: `/api/v1/signals/${id}`, ...as(login) });
const post = (login: TestLogin, path: string, payload: object, id = signalId) =>
  app.inject({ method: 'POST', url: `/api/v1/signals/${id}${path}`, payload, ...as(login) });
const setState = (id: string, state: SignalState) => t.database.db.update(signals).set({ state }).where(eq(signals.id, id));

describe('the case view (steps 2 and 3)', () => {
  it('shows the AF the whole signal, decrypted, with the reporter, the history and what can happen next', async () => {
    const res = await getCase(af);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: signalId,
      reference: expect.stringMatching(/^SR-0546-/),
      municipality: LEIDEN,
      state: 'ontvangen',
      urgent: false,
      submission: { forms: ['criminal'], description: expect.stringContaining('Piotr'), persons: [expect.objectContaining({ name: 'Piotr Zielinski-Testmans' })] },
      reporter: { name: reporter.user.name, email: reporter.user.email, phone: '071-5550199' },
      handovers: [],
      route: null,
      meldcode: [],
      meldcodeApplicable: true,
      allowedEvents: ['vastleggen'],
      canHandOver: false,
      routeSuggestion: { mapId: 'den-haag-persoon', answers: ['no', 'yes', 'criminal'] },
    });
    expect(body.submission.reporterPhone).toBeUndefined();
    expect(body.events).toEqual([
      expect.objectContaining({ kind: 'ingediend', actor: 'melder', actorName: reporter.user.name, fromState: null, toState: 'ontvangen', text: null, correctsEventId: null }),
    ]);
  });

  it('marks the reporter as confidential in the OpenAPI description', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json();
    const reporterSchema = doc.components.schemas.SignalCase.properties.reporter;
    expect(reporterSchema.description).toContain('VERTROUWELIJK');
  });

  it('is for the AF only: 403 for every other role', async () => {
    for (const role of ['medewerker', 'beheerder', 'auditor', 'regiobeheerder'] as const) {
      const other = await loginAs(t.database.db, { municipality: LEIDEN, roles: [role] });
      expect((await getCase(other)).statusCode, role).toBe(403);
      expect((await app.inject({ url: '/api/v1/signals', ...as(other) })).statusCode, role).toBe(403);
      expect((await post(other, '/notes', { text: 'x' })).statusCode, role).toBe(403);
    }
  });

  it("answers 404 for another municipality's signal and for an unknown id, and changes nothing", async () => {
    expect((await getCase(denHaagAf)).statusCode).toBe(404);
    expect((await getCase(af, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const write = await post(denHaagAf, '/events', { event: 'vastleggen' });
    expect(write.statusCode).toBe(404);
    expect(write.json().error.id).toBe('signal-not-found');
    expect((await post(denHaagAf, '/notes', { text: 'poging' })).statusCode).toBe(404);
    expect((await getCase(af)).json().state).toBe('ontvangen');
  });

  it("audits every read with the signal as object, and another municipality's attempts as failures in that municipality", async () => {
    const records = await allAuditRecords(t.database.db);
    const reads = records.filter((r) => r.action === 'signal.read' && r.result === 'success');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((r) => r.object_type === 'signal' && r.object_id === signalId && r.actor_user_id === af.userId && r.municipality === LEIDEN)).toBe(true);
    const attempts = records.filter((r) => r.actor_user_id === denHaagAf.userId && r.object_id === signalId);
    expect(attempts.map((r) => [r.action, r.result, r.municipality, r.details])).toEqual([
      ['signal.read', 'failure', DEN_HAAG, { reason: 'not-found' }],
      ['signal.event', 'failure', DEN_HAAG, { reason: 'not-found' }],
      ['signal.note', 'failure', DEN_HAAG, { reason: 'not-found' }],
    ]);
  });
});

describe('the workflow through the API', () => {
  it('allows exactly the transitions of the state machine and refuses the others with its Dutch message', async () => {
    for (const from of SIGNAL_STATES) {
      for (const event of CASE_EVENTS) {
        const id = (await submitAs(app, reporter, sampleSubmission())).json().id;
        await setState(id, from);
        const payload = { event, ...(event === 'niet-doorzetten' ? { reason: 'Geen aanknopingspunten.' } : {}), ...(event === 'melder-informeren' ? { message: 'Er is iets mee gedaan.' } : {}) };
        const res = await post(af, '/events', payload, id);
        const expected = transition(from, event);
        if (expected.ok) {
          expect(res.statusCode, `${from} → ${event}: ${res.body}`).toBe(200);
          const body = res.json();
          expect(body.state).toBe(expected.to);
          expect(body.events.at(-1)).toMatchObject({ kind: event, fromState: from, toState: expected.to, actor: 'aandachtsfunctionaris', actorName: af.user.name });
        } else {
          expect(res.statusCode, `${from} → ${event}`).toBe(409);
          expect(res.json().error).toEqual({ id: 'transition-refused', message: expected.message });
        }
      }
    }
  });

  it('requires a reason for niet-doorzetten and a message for melder-informeren', async () => {
    const noReason = await post(af, '/events', { event: 'niet-doorzetten' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields).toContainEqual({ field: 'reason', message: 'geef de reden waarom het signaal niet wordt doorgezet' });
    const noMessage = await post(af, '/events', { event: 'melder-informeren' });
    expect(noMessage.json().error.details.fields).toContainEqual({ field: 'message', message: 'schrijf wat de melder mag weten' });
    const tooLong = await post(af, '/events', { event: 'niet-doorzetten', reason: 'x'.repeat(5001) });
    expect(tooLong.json().error.details.fields).toContainEqual({ field: 'reason', message: 'maximaal 5000 tekens' });
    const unknown = await post(af, '/events', { event: 'doorzetten' });
    expect(unknown.statusCode).toBe(400);
  });

  it('keeps the reason in the history, encrypted', async () => {
    const id = (await submitAs(app, reporter, sampleSubmission())).json().id;
    await post(af, '/events', { event: 'vastleggen' }, id);
    const res = await post(af, '/events', { event: 'niet-doorzetten', reason: 'Eerder besproken met wijkagent Bram Redenaar.' }, id);
    expect(res.json().events.at(-1)).toMatchObject({ kind: 'niet-doorzetten', text: 'Eerder besproken met wijkagent Bram Redenaar.' });
    const raw = JSON.stringify(await queryRows(t.database.db, sql`select * from signal_events where signal_id = ${id}`));
    expect(raw).not.toContain('Redenaar');
  });
});

describe('informing the reporter (step 6)', () => {
  it('records the message and e-mails the reporter that there is news, with only the reference and a link', async () => {
    const id = (await submitAs(app, reporter, sampleSubmission())).json().id;
    await post(af, '/events', { event: 'vastleggen' }, id);
    await post(af, '/events', { event: 'niet-doorzetten', reason: 'Onvoldoende concreet.' }, id);
    const res = await post(af, '/events', { event: 'melder-informeren', message: 'Dank u wel. We hebben het signaal besproken met de wijkagent.' }, id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.notice).toBeNull();
    const mail = await smtp.waitFor((m) => m.subject?.includes(body.reference) ?? false);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(reporter.user.email);
    expect(mail.subject).toBe(`Nieuws over uw signaal ${body.reference}`);
    expect(mail.text).toContain(`${PUBLIC_URL}/mijn-signalen`);
    expect(mail.text).toContain(body.reference);
    const everything = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
    for (const secret of ['Piotr', 'Zielinski', 'Kwekerij', 'Kasweg', 'wijkagent', 'Onvoldoende', 'Dank u wel', 'arbeid', 'Leiden', reporter.user.name]) {
      expect(everything, secret).not.toContain(secret);
    }
    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'signal.notify-reporter' && r.object_id === id);
    expect(audit).toEqual([expect.objectContaining({ result: 'success', details: {} })]);
  });

  it('says so when the reporter could not be told by e-mail, and keeps the feedback', async () => {
    const noMail = await createTestApp();
    try {
      const mw = await loginAs(noMail.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
      const officer = await loginAs(noMail.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
      const id = (await submitAs(noMail.app, mw, sampleSubmission())).json().id;
      const step = (payload: object) => noMail.app.inject({ method: 'POST', url: `/api/v1/signals/${id}/events`, payload, headers: officer.headers });
      await step({ event: 'vastleggen' });
      await step({ event: 'niet-doorzetten', reason: 'x' });
      const res = await step({ event: 'melder-informeren', message: 'Bedankt.' });
      expect(res.statusCode).toBe(200);
      expect(res.json().notice).toContain('geen e-mailserver');
      expect(res.json().state).toBe('melder-geinformeerd');
      const mine = (await noMail.app.inject({ url: '/api/v1/my-signals', headers: mw.headers })).json();
      expect(mine[0].feedback).toEqual([{ at: expect.any(String), text: 'Bedankt.' }]);
      const audit = (await allAuditRecords(noMail.database.db)).filter((r) => r.action === 'signal.notify-reporter');
      expect(audit).toEqual([expect.objectContaining({ result: 'failure', details: { reason: 'mail-not-configured' } })]);
    } finally {
      await noMail.close();
    }
  });
});

describe('notes and corrections', () => {
  it('adds a note and a correction that names the corrected entry; the first text stays', async () => {
    const note = await post(af, '/notes', { text: 'Melder gebeld: de werkgever heet Jansen.' });
    expect(note.statusCode, note.body).toBe(200);
    const noteEvent = note.json().events.at(-1);
    expect(noteEvent).toMatchObject({ kind: 'notitie', text: 'Melder gebeld: de werkgever heet Jansen.', correctsEventId: null, fromState: null, toState: null });
    const correction = await post(af, '/notes', { text: 'Correctie: de werkgever heet Janssen, met dubbel s.', correctsEventId: noteEvent.id });
    const events = correction.json().events;
    expect(events.at(-1)).toMatchObject({ kind: 'correctie', correctsEventId: noteEvent.id });
    expect(events.find((e: { id: number }) => e.id === noteEvent.id).text).toBe('Melder gebeld: de werkgever heet Jansen.');
  });

  it("refuses to correct an entry of another signal, and an empty or oversized note", async () => {
    const other = (await submitAs(app, reporter, sampleSubmission())).json().id;
    const [foreign] = await t.database.db.select({ id: signalEvents.id }).from(signalEvents).where(eq(signalEvents.signalId, other));
    const res = await post(af, '/notes', { text: 'x', correctsEventId: foreign!.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('hoort niet bij dit signaal');
    expect((await post(af, '/notes', { text: '  ' })).json().error.details.fields).toContainEqual({ field: 'text', message: 'de notitie mag niet leeg zijn' });
    expect((await post(af, '/notes', { text: 'x'.repeat(5001) })).json().error.details.fields).toContainEqual({ field: 'text', message: 'maximaal 5000 tekens' });
  });

  it('cannot be changed or removed in the database, by the application role or the owner', async () => {
    await expect(
      inTenant(t.database.db, LEIDEN, (tx) => tx.update(signalEvents).set({ kind: 'vervalst' }).where(eq(signalEvents.signalId, signalId))),
    ).rejects.toThrow();
    await expect(t.database.db.update(signalEvents).set({ kind: 'vervalst' }).where(eq(signalEvents.signalId, signalId))).rejects.toThrow();
    await expect(t.database.db.delete(signalEvents).where(eq(signalEvents.signalId, signalId))).rejects.toThrow();
    const kinds = (await getCase(af)).json().events.map((e: { kind: string }) => e.kind);
    expect(kinds).not.toContain('vervalst');
  });
});

describe('the route (step 4)', () => {
  it('stores the walked outcome with the version of the map, and records it in the history', async () => {
    const res = await post(af, '/route', { mapId: 'den-haag-persoon', answers: ['no', 'yes', 'criminal'] });
    expect(res.statusCode, res.body).toBe(200);
    const map = t.content.routemap('den-haag-persoon', 'nl')!;
    expect(res.json().route).toEqual({
      mapId: 'den-haag-persoon',
      mapVersion: map.version,
      answers: ['no', 'yes', 'criminal'],
      outcomeId: 'avim',
      walked: { title: map.title, path: expect.any(Array), outcome: { title: expect.stringContaining('AVIM'), contacts: expect.any(Array) } },
    });
    expect(res.json().events.at(-1)).toMatchObject({ kind: 'route-gekozen', data: { mapId: 'den-haag-persoon', mapVersion: map.version, outcomeId: 'avim', outcomeTitle: expect.stringContaining('AVIM') } });
    const [row] = await t.database.db.select().from(signals).where(eq(signals.id, signalId));
    expect(row).toMatchObject({ routeMapId: 'den-haag-persoon', routeMapVersion: map.version, routeAnswers: ['no', 'yes', 'criminal'], routeOutcomeId: 'avim' });
  });

  it('shows the route as the map was when it was walked, after the region published a new version (ADR 28)', async () => {
    const regio = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['regiobeheerder'] });
    const pack = (await app.inject({ url: '/api/v1/regions/eenheid-den-haag/pack', ...as(regio) })).json<RegionPackState>().published;
    const changed = structuredClone(pack.pack);
    const map = changed.routemaps.find((m) => m.id === 'den-haag-persoon')!;
    const avim = map.nodes.find((n) => n.id === 'avim')!;
    if (avim.type === 'outcome') avim.title = 'Een nieuwe titel voor deze uitkomst';
    const before = (await getCase(af)).json().route.walked;
    await app.inject({ method: 'PUT', url: '/api/v1/regions/eenheid-den-haag/pack/draft', payload: { pack: changed, basedOn: pack.version }, ...as(regio) });
    expect((await app.inject({ method: 'POST', url: '/api/v1/regions/eenheid-den-haag/pack/publish', payload: { reason: 'nieuwe titel' }, ...as(regio) })).statusCode).toBe(200);
    expect(t.services.content.routemap('den-haag-persoon', 'nl')!.nodes.avim).toMatchObject({ title: 'Een nieuwe titel voor deze uitkomst' });
    const route = (await getCase(af)).json().route;
    expect(route.walked).toEqual(before);
    expect(route.walked.outcome.title).toContain('AVIM');
    expect(route.walked.path.map((s: { question: string }) => s.question)).toHaveLength(3);
  });

  it('refuses answers that stop before an outcome, that are not options, or that go past the outcome', async () => {
    const halfway = await post(af, '/route', { mapId: 'den-haag-persoon', answers: ['no'] });
    expect(halfway.statusCode).toBe(400);
    expect(halfway.json().error).toMatchObject({ id: 'route-incomplete', message: expect.stringContaining('vraag 2') });
    expect((await post(af, '/route', { mapId: 'den-haag-persoon', answers: ['misschien'] })).json().error.id).toBe('invalid-answer');
    expect((await post(af, '/route', { mapId: 'den-haag-persoon', answers: ['yes', 'no'] })).json().error.id).toBe('past-outcome');
    const unknown = await post(af, '/route', { mapId: 'bestaat-niet', answers: [] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('bestaat niet');
  });
});

describe('the meldcode checklist', () => {
  it('records a step with date and note on a signal of criminal exploitation, and replaces it when recorded again', async () => {
    const put = (step: number, payload: object, id = signalId) => app.inject({ method: 'PUT', url: `/api/v1/signals/${id}/meldcode/${step}`, payload, ...as(af) });
    const first = await put(1, { doneOn: '2026-03-02', note: 'Signalen in kaart gebracht met de leerplichtambtenaar.' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().meldcode).toEqual([{ step: 1, title: expect.any(String), doneOn: '2026-03-02', note: 'Signalen in kaart gebracht met de leerplichtambtenaar.' }]);
    const again = await put(1, { doneOn: '2026-03-03' });
    expect(again.json().meldcode).toEqual([{ step: 1, title: expect.any(String), doneOn: '2026-03-03', note: null }]);
    expect(again.json().events.filter((e: { kind: string }) => e.kind === 'meldcode-stap')).toHaveLength(2);
    expect((await put(6, { doneOn: '2026-03-03' })).statusCode).toBe(400);
    expect((await put(2, { doneOn: '3 maart' })).json().error.details.fields).toContainEqual({ field: 'doneOn', message: 'gebruik de vorm JJJJ-MM-DD' });
    const labour = (await submitAs(app, reporter, sampleSubmission({ forms: ['labour'] }))).json().id;
    const refused = await put(1, { doneOn: '2026-03-02' }, labour);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ id: 'meldcode-not-applicable', message: expect.stringContaining('criminele uitbuiting') });
    const raw = JSON.stringify(await queryRows(t.database.db, sql`select * from meldcode_steps`));
    expect(raw).not.toContain('leerplichtambtenaar');
  });
});

describe('the inbox', () => {
  // A database of its own, so the inbox holds exactly the signals below.
  it('lists urgent first, then oldest first, with handover counts, overdue handovers and the next due date; filters work, open work too', async () => {
    const fresh = await createTestApp();
    try {
      const mw = await loginAs(fresh.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
      const officer = await loginAs(fresh.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
      const submit = async (name: string, body: Parameters<typeof sampleSubmission>[0], receivedAt: Date) => {
        const id = (await submitAs(fresh.app, mw, sampleSubmission(body))).json().id as string;
        await fresh.database.db.update(signals).set({ receivedAt }).where(eq(signals.id, id));
        return [name, id] as const;
      };
      const now = Date.now();
      const ids = Object.fromEntries([
        await submit('old', {}, new Date(now - 10 * DAY)),
        await submit('new', { forms: ['sexual'], observedSignals: [] }, new Date(now - 1 * DAY)),
        await submit('urgentNew', { acuteDanger: true }, new Date(now - 2 * DAY)),
        await submit('urgentOld', { acuteDanger: true, forms: ['criminal'], observedSignals: [] }, new Date(now - 5 * DAY)),
      ]);
      await submitAs(fresh.app, await loginAs(fresh.database.db, { municipality: DEN_HAAG, roles: ['medewerker'] }), sampleSubmission());
      await setStateIn(fresh, ids.old!, 'doorgezet');
      await insertHandoverRow(fresh.database.db, fresh.keyring, { signalId: ids.old!, municipality: LEIDEN, sentByUserId: officer.userId, dueAt: new Date(now - 3 * DAY) });
      await insertHandoverRow(fresh.database.db, fresh.keyring, { signalId: ids.old!, municipality: LEIDEN, sentByUserId: officer.userId, dueAt: new Date(now + 4 * DAY) });
      await insertHandoverRow(fresh.database.db, fresh.keyring, {
        signalId: ids.old!,
        municipality: LEIDEN,
        sentByUserId: officer.userId,
        dueAt: new Date(now - 6 * DAY),
        feedbackAt: new Date(now - 7 * DAY),
      });
      const list = async (query = '') => {
        const res = await fresh.app.inject({ url: `/api/v1/signals${query}`, headers: officer.headers });
        expect(res.statusCode, res.body).toBe(200);
        return (res.json() as { items: { id: string; handovers: number; overdueHandovers: number; nextDueAt: string | null }[] }).items;
      };
      const all = await list();
      expect(all.map((s) => s.id)).toEqual([ids.urgentOld, ids.urgentNew, ids.old, ids.new]);
      expect(all.find((s) => s.id === ids.old)).toMatchObject({ handovers: 3, overdueHandovers: 1, nextDueAt: new Date(now - 3 * DAY).toISOString(), state: 'doorgezet', sector: 'glastuinbouw' });
      expect(all.find((s) => s.id === ids.new)).toMatchObject({ handovers: 0, overdueHandovers: 0, nextDueAt: null });
      expect(JSON.stringify(all)).not.toContain('Piotr');
      expect((await list('?urgent=true')).map((s) => s.id)).toEqual([ids.urgentOld, ids.urgentNew]);
      expect((await list('?overdue=true')).map((s) => s.id)).toEqual([ids.old]);
      expect((await list('?overdue=false')).map((s) => s.id)).toEqual([ids.urgentOld, ids.urgentNew, ids.new]);
      expect((await list('?form=sexual')).map((s) => s.id)).toEqual([ids.new]);
      expect((await list('?state=doorgezet')).map((s) => s.id)).toEqual([ids.old]);
      expect((await list('?state=afgesloten'))).toEqual([]);
      // Open work: every state but afgesloten (the web's default view).
      await setStateIn(fresh, ids.new!, 'afgesloten');
      expect((await list('?state=open')).map((s) => s.id)).toEqual([ids.urgentOld, ids.urgentNew, ids.old]);
      expect((await list('?state=afgesloten')).map((s) => s.id)).toEqual([ids.new]);
      const bad = await fresh.app.inject({ url: '/api/v1/signals?state=kwijt&urgent=misschien', headers: officer.headers });
      expect(bad.statusCode).toBe(400);
      const audit = (await allAuditRecords(fresh.database.db)).filter((r) => r.action === 'signal.list');
      expect(audit.length).toBe(9); // one per successful listing; the refused query never reached the data
    } finally {
      await fresh.close();
    }
  });
});

async function setStateIn(app: TestApp, id: string, state: SignalState) {
  await app.database.db.update(signals).set({ state }).where(eq(signals.id, id));
}

describe('the audit trail of the case', () => {
  it('records every write of the AF, without personal data in the details', async () => {
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.object_type === 'signal' && r.actor === 'aandachtsfunctionaris');
    const actions = new Set(records.map((r) => r.action));
    for (const action of ['signal.read', 'signal.event', 'signal.note', 'signal.correction', 'signal.route', 'signal.meldcode', 'signal.notify-reporter']) {
      expect(actions, action).toContain(action);
    }
    expect(records.every((r) => r.origin === '10.6.0.1')).toBe(true);
    expect(personalDataInAudit(records, [reporter.user, af.user])).toEqual([]);
    const details = JSON.stringify(records.map((r) => r.details));
    for (const secret of ['Piotr', 'Jansen', 'Redenaar', 'leerplicht']) expect(details).not.toContain(secret);
  });
});
