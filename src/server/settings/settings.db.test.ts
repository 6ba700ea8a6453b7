import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import { allAuditRecords, loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let app: App;
let leiden: TestLogin;
let denHaag: TestLogin;

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  leiden = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['beheerder'] });
  denHaag = await loginAs(t.database.db, { municipality: 'GM0518', roles: ['beheerder'] });
});
afterAll(() => t?.close());

const read = (login: TestLogin) => app.inject({ url: '/api/v1/settings', headers: login.headers });
const write = (login: TestLogin, payload: object) => app.inject({ method: 'PUT', url: '/api/v1/settings', payload, headers: login.headers });

describe('municipality settings', () => {
  it('start with a feedback term of 14 days', async () => {
    expect((await read(leiden)).json()).toEqual({ feedbackDays: 14 });
  });

  it('are changed by the beheerder, per municipality, and the change is audited', async () => {
    expect((await write(leiden, { feedbackDays: 21 })).json()).toEqual({ feedbackDays: 21 });
    expect((await read(leiden)).json()).toEqual({ feedbackDays: 21 });
    expect((await read(denHaag)).json()).toEqual({ feedbackDays: 14 });
    expect((await write(leiden, { feedbackDays: 10 })).json()).toEqual({ feedbackDays: 10 });
    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'settings.update');
    expect(audit.map((r) => r.details)).toEqual([{ feedbackDays: { from: 14, to: 21 } }, { feedbackDays: { from: 21, to: 10 } }]);
  });

  it('refuse a term outside 1 to 90 days with a Dutch message', async () => {
    for (const [feedbackDays, message] of [
      [0, 'minstens 1 dag'],
      [91, 'hoogstens 90 dagen'],
      [2.5, 'geef een heel aantal dagen'],
      ['14', 'geef een aantal dagen'],
    ] as const) {
      const res = await write(leiden, { feedbackDays });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toContainEqual({ field: 'feedbackDays', message });
    }
  });

  it('are for the beheerder only', async () => {
    const af = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'] });
    expect((await read(af)).statusCode).toBe(403);
    expect((await write(af, { feedbackDays: 30 })).statusCode).toBe(403);
  });
});
