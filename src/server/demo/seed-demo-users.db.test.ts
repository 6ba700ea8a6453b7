import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/access/roles';
import { buildApp } from '../app';
import { totpCode } from '../auth/totp';
import { claimInstanceMode } from '../instance/instance-mode';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { demoReport } from './demo-report';
import { DEMO_MUNICIPALITIES, seedDemoUsers, type DemoUser } from './seed-demo-users';

let t: TestApp;
let demo: { password: string; users: DemoUser[] };

beforeAll(async () => {
  t = await createTestApp();
  await claimInstanceMode(t.database.db, 'demo');
  demo = await seedDemoUsers(t.services);
});
afterAll(() => t?.close());

const cookieOf = (setCookie: string | string[] | undefined) => [setCookie].flat().find((c) => c?.startsWith('sr_session='))!.split(';')[0]!;

describe('demo users', () => {
  it('has a user of every role in a municipality of every region', () => {
    for (const { code } of DEMO_MUNICIPALITIES) {
      expect(demo.users.filter((u) => u.municipality === code).map((u) => u.role).sort()).toEqual([...ROLES].sort());
    }
    const regions = new Set(DEMO_MUNICIPALITIES.map(({ code }) => t.content.municipality(code)!.region));
    expect(regions).toEqual(new Set(t.content.regions('nl').map((r) => r.id)));
  });

  it('lets an aandachtsfunctionaris log in with the printed password and a code from the printed secret', async () => {
    const af = demo.users.find((u) => u.role === 'aandachtsfunctionaris')!;
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: af.email, password: demo.password } });
    expect(login.json().status).toBe('second-factor');
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/second-factor',
      headers: { cookie: cookieOf(login.headers['set-cookie']), 'x-csrf-token': login.json().csrfToken },
      payload: { code: totpCode(af.totpSecret!, new Date()) },
    });
    expect(second.json().status).toBe('ok');
  });

  it('prints every user with the password once, and says it is a demo', () => {
    const report = demoReport('http://localhost:3000', demo.password, demo.users);
    expect(report).toContain('DEMO');
    expect(report.split(demo.password)).toHaveLength(2);
    for (const u of demo.users) expect(report).toContain(u.email);
  });

  it('tells the site it is a demo', async () => {
    const demoApp = await buildApp({ ...t.services, mode: 'demo' });
    expect((await demoApp.inject('/api/v1/instance')).json()).toEqual({ mode: 'demo', emailEnabled: false });
    await demoApp.close();
  });
});
