import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/tenant';
import type { App } from '../http/types';
import { sampleSubmission, submitAs } from '../signals/test-fixtures';
import { allAuditRecords, loginAs, personalDataInAudit, type TestLogin, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

let t: TestApp;
let app: App;
let reporter: TestLogin & { user: TestUser };
let af: TestLogin & { user: TestUser };
let denHaagAf: TestLogin & { user: TestUser };
let signalA: string;
let signalB: string;
let meetingId: string;

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  reporter = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
  af = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
  denHaagAf = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
  signalA = (await submitAs(app, reporter, sampleSubmission())).json().id;
  signalB = (
    await submitAs(
      app,
      reporter,
      sampleSubmission({
        forms: ['sexual'],
        observedSignals: ['sexual-loverboy'],
        description: 'Meisje, Sanne Agendaveld, wordt na school opgehaald door een oudere man.',
        persons: [
          { role: 'possible-victim', name: 'Sanne Agendaveld', estimatedAge: 15 },
          { role: 'possible-perpetrator', name: 'Rik Verdachtmans', description: 'rijdt in een zwarte auto' },
        ],
        organisations: [],
        addresses: [{ postcode: '2311 AA', houseNumber: 5, place: 'Leiden', street: 'Breestraat' }],
        sector: undefined,
      }),
    )
  ).json().id;
});
afterAll(() => t?.close());

const as = (login: TestLogin) => ({ headers: login.headers, remoteAddress: '10.7.0.1' });

describe('the signal meeting', () => {
  it('is planned by the AF and listed', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/meetings', payload: { heldOn: '2026-03-10', title: 'Signalenoverleg maart' }, ...as(af) });
    expect(res.statusCode, res.body).toBe(201);
    meetingId = res.json().id;
    expect(res.json()).toMatchObject({ heldOn: '2026-03-10', title: 'Signalenoverleg maart', items: [] });
    const bad = await app.inject({ method: 'POST', url: '/api/v1/meetings', payload: { heldOn: 'dinsdag', title: '' }, ...as(af) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { field: 'heldOn', message: 'gebruik de vorm JJJJ-MM-DD' },
        { field: 'title', message: 'geef het overleg een titel' },
      ]),
    );
  });

  it('puts signals on the agenda once', async () => {
    const add = (signalId: string) => app.inject({ method: 'POST', url: `/api/v1/meetings/${meetingId}/signals`, payload: { signalId }, ...as(af) });
    expect((await add(signalA)).statusCode).toBe(201);
    expect((await add(signalB)).statusCode).toBe(201);
    const again = await add(signalB);
    expect(again.statusCode).toBe(200);
    expect(again.json().items).toHaveLength(2);
    const list = (await app.inject({ url: '/api/v1/meetings', ...as(af) })).json();
    expect(list).toEqual([expect.objectContaining({ id: meetingId, signals: 2, decided: 0 })]);
  });

  it('shows the agenda pseudonymised: no names, no reporter, no free text', async () => {
    const res = await app.inject({ url: `/api/v1/meetings/${meetingId}`, ...as(af) });
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: { signalId: string }) => i.signalId === signalB);
    expect(item.summary).toMatchObject({
      forms: ['sexual'],
      observedSignals: ['sexual-loverboy'],
      persons: [
        { label: 'Persoon A', role: 'possible-victim', estimatedAge: 15 },
        { label: 'Persoon B', role: 'possible-perpetrator', estimatedAge: null },
      ],
      organisations: 0,
      addresses: ['Leiden'],
    });
    const body = res.body;
    for (const secret of ['Sanne', 'Agendaveld', 'Verdachtmans', 'zwarte auto', 'opgehaald', 'Piotr', 'Kwekerij', 'Breestraat', '2311', 'Publiekshal', '071-5550199', reporter.user.name, reporter.user.email]) {
      expect(body, secret).not.toContain(secret);
    }
  });

  it('records the decision on the signal, encrypted, and not on the agenda', async () => {
    const decide = (signalId: string, decision: string) =>
      app.inject({ method: 'PUT', url: `/api/v1/meetings/${meetingId}/signals/${signalId}`, payload: { decision }, ...as(af) });
    const res = await decide(signalB, 'Besloten: doorzetten naar AVIM; de wijkagent kent Rik Verdachtmans.');
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json().items.find((i: { signalId: string }) => i.signalId === signalB);
    expect(item).toMatchObject({ decided: true, decidedAt: expect.any(String) });
    expect(res.body).not.toContain('Verdachtmans');
    const view = (await app.inject({ url: `/api/v1/signals/${signalB}`, ...as(af) })).json();
    expect(view.events.at(-1)).toMatchObject({ kind: 'overleg-besluit', text: 'Besloten: doorzetten naar AVIM; de wijkagent kent Rik Verdachtmans.', data: { meetingId, heldOn: '2026-03-10' } });
    const raw = JSON.stringify(await queryRows(t.database.db, sql`select * from meeting_signals`));
    expect(raw).not.toContain('Verdachtmans');
    expect((await decide(signalB, '')).statusCode).toBe(400);
  });

  it('takes a signal off the agenda (idempotent); a decision needs the signal on the agenda', async () => {
    const remove = () => app.inject({ method: 'DELETE', url: `/api/v1/meetings/${meetingId}/signals/${signalA}`, ...as(af) });
    expect((await remove()).statusCode).toBe(204);
    expect((await remove()).statusCode).toBe(204);
    const agenda = (await app.inject({ url: `/api/v1/meetings/${meetingId}`, ...as(af) })).json();
    expect(agenda.items.map((i: { signalId: string }) => i.signalId)).toEqual([signalB]);
    const decide = await app.inject({ method: 'PUT', url: `/api/v1/meetings/${meetingId}/signals/${signalA}`, payload: { decision: 'x' }, ...as(af) });
    expect(decide.statusCode).toBe(409);
    expect(decide.json().error.id).toBe('not-on-agenda');
  });

  it("keeps meetings and signals within the municipality: 404 for another municipality's AF", async () => {
    expect((await app.inject({ url: `/api/v1/meetings/${meetingId}`, ...as(denHaagAf) })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/meetings', ...as(denHaagAf) })).json()).toEqual([]);
    const own = (await app.inject({ method: 'POST', url: '/api/v1/meetings', payload: { heldOn: '2026-03-11', title: 'Den Haag' }, ...as(denHaagAf) })).json();
    const foreign = await app.inject({ method: 'POST', url: `/api/v1/meetings/${own.id}/signals`, payload: { signalId: signalA }, ...as(denHaagAf) });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.id).toBe('signal-not-found');
    const medewerker = await app.inject({ url: '/api/v1/meetings', ...as(reporter) });
    expect(medewerker.statusCode).toBe(403);
  });

  it('audits every action without personal data', async () => {
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.action.startsWith('meeting.') || r.action === 'signal.meeting-decision');
    expect(new Set(records.map((r) => r.action))).toEqual(
      new Set(['meeting.create', 'meeting.add-signal', 'meeting.list', 'meeting.read', 'signal.meeting-decision', 'meeting.remove-signal']),
    );
    expect(personalDataInAudit(records, [reporter.user, af.user])).toEqual([]);
    expect(JSON.stringify(records)).not.toContain('Verdachtmans');
  });
});
