import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, openedAuditRecords, loginAs, type TestLogin, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { sampleSubmission, submitAs } from './test-fixtures';

const LEIDEN = 'GM0546';

let t: TestApp;
let app: App;
let reporter: TestLogin & { user: TestUser };
let colleague: TestLogin & { user: TestUser };
let af: TestLogin & { user: TestUser };

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  reporter = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
  colleague = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
  af = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
});
afterAll(() => t?.close());

const draft = (login: TestLogin, method: 'GET' | 'PUT' | 'DELETE', payload?: unknown) =>
  app.inject({ method, url: '/api/v1/signal-draft', headers: login.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('the draft of a signal', () => {
  it('is empty at first, keeps what was typed, per user, and can be discarded', async () => {
    expect((await draft(reporter, 'GET')).json()).toEqual({ payload: null, updatedAt: null });
    const typed = { description: 'Een vrouw bij de balie, Marieke Conceptmans, leek bang.', forms: ['sexual'] };
    expect((await draft(reporter, 'PUT', { payload: typed })).statusCode).toBe(204);
    const back = (await draft(reporter, 'GET')).json();
    expect(back.payload).toEqual(typed);
    expect(back.updatedAt).toEqual(expect.any(String));
    expect((await draft(colleague, 'GET')).json().payload).toBeNull();
    expect((await draft(reporter, 'DELETE')).statusCode).toBe(204);
    expect((await draft(reporter, 'GET')).json().payload).toBeNull();
    expect((await draft(reporter, 'DELETE')).statusCode).toBe(204);
  });

  it('refuses a payload that is not an object, or larger than 100 kB, with a Dutch message', async () => {
    const list = await draft(reporter, 'PUT', { payload: ['a'] });
    expect(list.statusCode).toBe(400);
    expect(list.json().error.message).toContain('payload moet een JSON-object zijn');
    const big = await draft(reporter, 'PUT', { payload: { description: 'x'.repeat(100_001) } });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.message).toContain('het concept is te groot');
    expect((await draft(reporter, 'PUT', { payload: { a: 1 }, extra: true })).statusCode).toBe(400);
  });

  it('is stored encrypted and ends when the signal is submitted', async () => {
    await draft(reporter, 'PUT', { payload: { description: 'Marieke Conceptmans' } });
    const raw = JSON.stringify(await queryRows(t.database.db, sql`select * from signal_drafts`));
    expect(raw).not.toContain('Conceptmans');
    expect((await submitAs(app, reporter, sampleSubmission())).statusCode).toBe(201);
    expect((await draft(reporter, 'GET')).json().payload).toBeNull();
  });

  it('audits reading, saving and discarding', async () => {
    const actions = (await allAuditRecords(t.database.db)).filter((r) => r.object_type === 'signal-draft').map((r) => r.action);
    expect(new Set(actions)).toEqual(new Set(['signal-draft.read', 'signal-draft.save', 'signal-draft.delete']));
  });
});

describe('Mijn signalen', () => {
  let ownId: string;

  beforeAll(async () => {
    ownId = (await submitAs(app, reporter, sampleSubmission({ forms: ['labour', 'criminal'] }))).json().id;
    await submitAs(app, colleague, sampleSubmission({ description: 'Signaal van een collega over Kees Collegaman.' }));
    const step = (payload: object) => app.inject({ method: 'POST', url: `/api/v1/signals/${ownId}/events`, headers: af.headers, payload });
    expect((await step({ event: 'vastleggen' })).statusCode).toBe(200);
    await app.inject({ method: 'POST', url: `/api/v1/signals/${ownId}/notes`, headers: af.headers, payload: { text: 'Interne notitie: Piotr is bekend bij de wijkagent.' } });
    expect((await step({ event: 'niet-doorzetten', reason: 'Interne reden: geen aanknopingspunten.' })).statusCode).toBe(200);
    expect((await step({ event: 'melder-informeren', message: 'Bedankt voor uw signaal. We hebben het bekeken en zetten het nu niet door.' })).statusCode).toBe(200);
  });

  it("shows the reporter's own signals with their status and the AF's feedback", async () => {
    const res = await app.inject({ url: '/api/v1/my-signals', headers: reporter.headers });
    expect(res.statusCode).toBe(200);
    const list = res.json() as { id: string; state: string; feedback: { text: string }[] }[];
    expect(list).toHaveLength(2);
    const own = list.find((s) => s.id === ownId)!;
    expect(own).toEqual({
      id: ownId,
      reference: expect.stringMatching(/^SR-0546-/),
      receivedAt: expect.any(String),
      state: 'melder-geinformeerd',
      forms: ['labour', 'criminal'],
      feedback: [{ at: expect.any(String), text: 'Bedankt voor uw signaal. We hebben het bekeken en zetten het nu niet door.' }],
    });
  });

  it('shows nothing else of the case: no description, persons, reporter, notes, reasons or route', async () => {
    const body = (await app.inject({ url: '/api/v1/my-signals', headers: reporter.headers })).body;
    for (const secret of ['Piotr', 'Zielinski', 'zeven dagen', 'Kwekerij', 'Kasweg', '071-5550199', reporter.user.name, reporter.user.email, 'Interne', 'Collegaman']) {
      expect(body, secret).not.toContain(secret);
    }
    for (const key of ['description', 'persons', 'reporter', 'events', 'handovers', 'submission', 'route']) expect(body, key).not.toContain(`"${key}"`);
  });

  it("never shows another user's signals, and the AF's own list is their own", async () => {
    const theirs = (await app.inject({ url: '/api/v1/my-signals', headers: colleague.headers })).json() as { id: string }[];
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.id).not.toBe(ownId);
    expect((await app.inject({ url: '/api/v1/my-signals', headers: af.headers })).json()).toEqual([]);
  });

  it('is audited, shielded: the auditor sees no user, the sealed record names the reporter', async () => {
    const stored = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'signal.list-own');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((r) => r.actor === 'melder' && r.actor_user_id === null && r.origin === null && Object.keys(r.details).length === 0)).toBe(true);
    const opened = (await openedAuditRecords(t.database.db, t.keyring)).filter((r) => r.action === 'signal.list-own');
    expect(opened.some((r) => r.shielded && r.actor_user_id === reporter.userId)).toBe(true);
  });
});
